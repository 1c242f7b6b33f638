import { posix } from 'node:path';

/**
 * The manifest (custom-elements.json) is the public API as tools see it: Storybook's docs,
 * editors, the README's tables. The analyzer already leaves out members marked `@internal`
 * or `@ignore`; this plugin also leaves out private and protected members, which it would
 * otherwise list (with `privacy`) and Storybook would show, and the platform's lifecycle
 * callbacks, which the browser calls and a page never should.
 */
const LIFECYCLE_CALLBACKS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
]);

function publicMembersOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#') &&
    !LIFECYCLE_CALLBACKS.has(member.name);
  return {
    name: 'borgertid-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

/**
 * Where a source module is in the published package: the npm build (vite.config.ts, `library`)
 * preserves modules with `src` as their root, so `src/components/booking/booking.ts` — or the
 * `../components/booking/booking.js` a sibling imports it as — is `dist/components/booking/booking.js`.
 */
function packagePath(sourcePath) {
  const normalised = posix.normalize(sourcePath).replace(/^\/+/, '');
  if (!normalised.startsWith('src/')) throw new Error(`custom-elements.json: ${sourcePath} is not under src/`);
  return normalised.replace(/^src\//, 'dist/').replace(/\.(ts|js)$/, '.js');
}

/** The module a file imports `name` from, as a path from the package root (undefined: not imported). */
function importedFrom(ts, sourceFile, sourcePath, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.moduleSpecifier.text.startsWith('.')) continue;
    const bindings = statement.importClause?.namedBindings;
    const named = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
    if (named.some((element) => element.name.text === name)) {
      return posix.join(posix.dirname(sourcePath), statement.moduleSpecifier.text);
    }
  }
  return undefined;
}

/**
 * The manifest as a consumer of the package reads it: paths into the tarball, not into `src/`
 * (which is not published), and only what those files really export.
 * - A module per element class (`dist/components/<name>/<name>.js`) with that class and its
 *   export. The analyzer also lists the elements' helper modules and constants and type-only
 *   re-exports as JavaScript exports; the build keeps only the exports other modules use, so
 *   those entries would name bindings the files do not have: they are left out.
 * - A module per registration file (`dist/define/bt-*.js`) with a `custom-element-definition`
 *   per `defineElement(tag, Class)` call in it, and its re-export of the class. The analyzer
 *   only recognises `customElements.define(...)`, which lives in `define.ts`, called with
 *   variables (it would record a tag named "tag"); `all.ts` only imports the others.
 */
function packageModules() {
  /** Source path of a define module → its `defineElement` calls ({ tag, className, classPath }). */
  const definitions = new Map();
  return {
    name: 'borgertid-package-modules',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) {
        throw new Error(
          `${moduleDoc.path}: defineElement needs a literal tag and a class name to be listed in custom-elements.json`,
        );
      }
      const classPath = importedFrom(ts, node.getSourceFile(), moduleDoc.path, element.text) ?? moduleDoc.path;
      const calls = definitions.get(moduleDoc.path) ?? [];
      calls.push({ tag: tag.text, className: element.text, classPath: packagePath(classPath) });
      definitions.set(moduleDoc.path, calls);
    },
    packageLinkPhase({ customElementsManifest }) {
      const elementModules = [];
      for (const module of customElementsManifest.modules ?? []) {
        const elements = (module.declarations ?? []).filter((declaration) => declaration.customElement);
        if (elements.length === 0) continue;
        const path = packagePath(module.path);
        elementModules.push({
          ...module,
          path,
          declarations: elements,
          exports: elements.map(({ name }) => ({ kind: 'js', name, declaration: { name, module: path } })),
        });
      }
      const defineModules = [];
      for (const module of customElementsManifest.modules ?? []) {
        const calls = definitions.get(module.path);
        if (!calls) continue;
        // The analyzer's own entries name the define module as the class's home; re-pointed here.
        const reexports = new Set((module.exports ?? []).filter((entry) => entry.kind === 'js').map((entry) => entry.name));
        defineModules.push({
          kind: 'javascript-module',
          path: packagePath(module.path),
          declarations: [],
          exports: calls.flatMap(({ tag, className, classPath }) => [
            ...(reexports.has(className)
              ? [{ kind: 'js', name: className, declaration: { name: className, module: classPath } }]
              : []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classPath } },
          ]),
        });
      }
      customElementsManifest.modules = [...elementModules, ...defineModules];
    },
  };
}

/**
 * The tokens every element reads through the shared host styles (src/styles/shared.ts). An
 * element documents the ones it uses in a way of its own; the rest are added here, so every
 * element's docs page and controls list all of them (a designer tries a municipality's colours
 * on any element) and the list lives in one place.
 */
const SHARED_TOKENS = [
  ['--bt-color-primary', '#0b5cab', 'Buttons, links, selections.'],
  ['--bt-color-on-primary', '#ffffff', 'Text on primary.'],
  ['--bt-color-primary-soft', '#e6f0fa', 'Soft primary backgrounds.'],
  ['--bt-color-text', '#1a1a1a', 'Text.'],
  ['--bt-color-muted', '#555b63', 'Secondary text.'],
  ['--bt-color-surface', '#ffffff', 'Background.'],
  ['--bt-color-surface-alt', '#f4f5f7', 'Alternate background.'],
  ['--bt-color-border', '#8a9099', 'Borders.'],
  ['--bt-color-danger', '#b3261e', 'Errors.'],
  ['--bt-color-danger-soft', '#fdecea', 'Error backgrounds.'],
  ['--bt-color-success', '#1e6b34', 'Success, done steps.'],
  ['--bt-color-success-soft', '#e7f4ea', 'Success backgrounds.'],
  ['--bt-focus-color', '#1a1a1a', 'Focus ring.'],
  ['--bt-radius', '6px', 'Corner radius.'],
  ['--bt-space', '1rem', 'Base spacing.'],
  ['--bt-font-family', 'system-ui', 'Font.'],
  ['--bt-heading-font-family', 'var(--bt-font-family)', 'Font of headings and of the legends that head a group of choices.'],
  ['--bt-font-size', '1rem', 'Base font size.'],
];

function sharedTokens() {
  return {
    name: 'borgertid-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const listed = new Set((declaration.cssProperties ?? []).map((property) => property.name));
          const missing = SHARED_TOKENS.filter(([name]) => !listed.has(name)).map(([name, defaultValue, description]) => ({
            name,
            default: defaultValue,
            description,
          }));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...missing];
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/define/bt-*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly(), sharedTokens(), packageModules()],
};
