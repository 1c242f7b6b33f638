// What a tool that reads the package's custom-elements.json (an editor, Storybook, a docs or
// JSX-types generator) relies on: every module path is a file in the tarball, every export is
// a binding that file really has, and every `custom-element-definition` module really defines
// that tag with that class when imported. Used by consumer.test.mjs on the packed package.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Imports one module in a fresh Node process (lit's Node build brings a `customElements`
 * registry) and answers, for each reference, whether the module's export is the declared
 * binding and which class each tag is defined with afterwards. Fresh, so a tag defined after
 * the import was defined by this module (or what it imports), not by an earlier check.
 */
const PROBE = `
const [file, references] = [process.argv[1], JSON.parse(process.argv[2])];
const tagsBefore = new Set(references.filter((r) => r.tag && globalThis.customElements?.get(r.tag)).map((r) => r.tag));
const module = await import(file);
const answers = [];
for (const reference of references) {
  let declared;
  try {
    declared = (await import(reference.declarationFile))[reference.declarationName];
  } catch (error) {
    answers.push({ ...reference, problem: 'cannot import ' + reference.declarationFile + ': ' + error.message });
    continue;
  }
  const answer = { ...reference, declared: typeof declared === 'function' };
  if (reference.exportName) answer.exported = reference.exportName in module && module[reference.exportName] === declared;
  if (reference.tag) answer.defined = !tagsBefore.has(reference.tag) && customElements.get(reference.tag) === declared;
  answers.push(answer);
}
console.log(JSON.stringify(answers));`;

/** Paths a module reference can name: the package's own files, relative to its root. */
function referencedFile(packageDir, path) {
  return pathToFileURL(join(packageDir, path)).href;
}

/**
 * The manifest's broken promises, as sentences (none: every path and definition holds).
 * `packedFiles` are the tarball's paths relative to the package root.
 */
export async function manifestProblems(packageDir, packedFiles) {
  const packed = new Set(packedFiles);
  const problems = [];
  const pkg = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  if (!packed.has(pkg.customElements)) return [`package.json "customElements" (${pkg.customElements}) is not in the tarball`];
  const manifest = JSON.parse(await readFile(join(packageDir, pkg.customElements), 'utf8'));

  const modules = manifest.modules ?? [];
  const definitions = modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
  );
  // Every registration module the package ships is in the manifest, defining something.
  for (const file of packedFiles.filter((path) => /^dist\/define\/bt-[^/]+\.js$/.test(path))) {
    const module = modules.find((candidate) => candidate.path === file);
    if (!module?.exports?.some((entry) => entry.kind === 'custom-element-definition'))
      problems.push(`${file} defines no tag in the manifest`);
  }
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      const where = `${module.path}: ${declaration.name}`;
      if (!(module.exports ?? []).some((entry) => entry.kind === 'js' && entry.declaration.name === declaration.name)) {
        problems.push(`${where} is declared but not exported`);
      }
      const defining = definitions.filter((d) => d.declaration.name === declaration.name && d.declaration.module === module.path);
      if (defining.length !== 1 || defining[0].name !== declaration.tagName) {
        problems.push(
          `${where} <${declaration.tagName}> has ${defining.map((d) => `<${d.name}>`).join(', ') || 'no'} definition(s)`,
        );
      }
    }
  }

  const probes = modules.map(async (module) => {
    const named = [module.path, ...(module.exports ?? []).map((entry) => entry.declaration.module)];
    const missing = named.filter((path) => !packed.has(path));
    if (missing.length > 0) return [...new Set(missing)].map((path) => `${module.path}: ${path} is not in the tarball`);
    const references = (module.exports ?? []).map((entry) => ({
      declarationFile: referencedFile(packageDir, entry.declaration.module),
      declarationName: entry.declaration.name,
      ...(entry.kind === 'js' ? { exportName: entry.name } : { tag: entry.name }),
    }));
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', PROBE, referencedFile(packageDir, module.path), JSON.stringify(references)],
      { cwd: packageDir },
    );
    return JSON.parse(stdout).flatMap((answer) => {
      const subject = answer.tag ? `<${answer.tag}>` : answer.exportName;
      if (answer.problem) return [`${module.path}: ${subject}: ${answer.problem}`];
      if (!answer.declared)
        return [`${module.path}: ${subject}: ${answer.declarationName} is not a class of ${answer.declarationFile}`];
      if (answer.exportName && !answer.exported)
        return [`${module.path} does not export ${answer.exportName} as ${answer.declarationName}`];
      if (answer.tag && !answer.defined) return [`${module.path} does not define ${subject} as ${answer.declarationName}`];
      return [];
    });
  });
  return [...problems, ...(await Promise.all(probes)).flat()];
}
