import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Comments out, whitespace collapsed, none around `{ } ; , >` nor after a `:` (a selector's
 * `:` is never followed by a space; before it, and around `+`, `~` and `calc()`'s operators, a
 * space means something and stays). `${…}` stays as it is.
 */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Every module's static imports, as the build parses them (read by `inFirstLoad`). */
const staticImports = new Map<string, readonly string[]>();
let firstLoad: Set<string> | undefined;

/**
 * True for a module the CDN entry reaches by static imports: its first load. Those modules are
 * kept in one chunk (`output.codeSplitting.groups`); left to itself the bundler splits out every
 * small module that a later step's chunk shares too, and the first load grows by a file and
 * its import boilerplate each.
 */
export function inFirstLoad(entry: string): (id: string) => boolean {
  return (id) => {
    if (!firstLoad) {
      firstLoad = new Set([entry]);
      for (const module of firstLoad) for (const next of staticImports.get(module) ?? []) firstLoad.add(next);
    }
    return firstLoad.has(id);
  };
}

function sha384(source: string | Uint8Array): string {
  return `sha384-${createHash('sha384').update(source).digest('base64')}`;
}

/**
 * The CDN build's extras:
 * - Danish in the first load: `src/i18n/locales/index.ts` (every language) becomes `lazy.ts`,
 *   which fetches English when an element speaks it.
 * - Per ESM entry a classic-script loader, `<name>.<version>.iife.js`: a few hundred bytes that
 *   `import()` the ESM entry beside it (every browser that runs the widget has `import()`), so
 *   a `<script src>` without `type="module"` gets the same chunks, loaded as they are needed.
 * - `integrity.json`: the SHA-384 of every file (for `integrity="…"`), and `files.json`: each
 *   file's static and dynamic imports (what the size check walks).
 */
export function cdnPlugin(root: string, version: string): Plugin {
  return {
    name: 'borgertid-cdn',
    enforce: 'pre',
    moduleParsed(info) {
      staticImports.set(info.id, info.importedIds);
    },
    async resolveId(source, importer) {
      if (source === './locales/index.js' && importer?.replace(/\\/g, '/').endsWith('/src/i18n/i18n.ts')) {
        return resolve(root, 'src/i18n/locales/lazy.ts');
      }
      // The CDN's own modules register things when they run (package.json's `sideEffects`
      // lists the npm build's): kept whole, or a bare `import './da-calendar.js'` is dropped.
      if (/(?:^|\/)(?:cdn[\w-]*|da-[a-z]+)\.js$/.test(source)) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (resolved) return { ...resolved, moduleSideEffects: true };
      }
      return null;
    },
    // The elements' styles, without comments and the indentation of their source (Lit's css``
    // templates are strings to the minifier): a few KiB less to download. These modules are
    // only styles, so their source map is left empty (`mappings: ''`) rather than wrong.
    transform(code, id) {
      if (!/(?:\.styles|\/src\/styles\/[\w-]+)\.ts$/.test(id.replace(/\\/g, '/'))) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_all, text: string) => `css\`${minifyCss(text)}\``);
      return minified === code ? null : { code: minified, map: { mappings: '' } };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const loaderKey = `borgertid.cdn.load@${version}`;
      const graph: Record<string, { entry: boolean; imports: string[]; dynamicImports: string[] }> = {};
      for (const chunk of chunks) {
        chunk.code = checkedImports(chunk.code, loaderKey, chunk.fileName);
        graph[chunk.fileName] = { entry: false, imports: chunk.imports, dynamicImports: chunk.dynamicImports };
      }
      // Each entry's own code moves to `chunks/<name>-main-<hash>.js`; the entry becomes the
      // loader that checks it and everything it brings (see `entryLoader`).
      const mains = new Map<string, string>();
      for (const chunk of chunks.filter((output) => output.isEntry)) {
        const code = chunk.code
          .replace(/(["'`])\.\/chunks\//g, '$1./')
          .replace(/(\/\/# sourceMappingURL=)(\S+)\s*$/, '$1../$2\n');
        if (/["'`]\.\/chunks\//.test(code)) this.error(`${chunk.fileName}: a path to chunks/ left unrewritten`);
        const name = chunk.fileName.replace(/\.\d+\.\d+\.\d+.*$/, '');
        const main = `chunks/${name}-main-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
        mains.set(main, code);
        graph[main] = { entry: false, imports: chunk.imports, dynamicImports: chunk.dynamicImports };
        graph[chunk.fileName] = { entry: true, imports: [main], dynamicImports: [] };
        this.emitFile({ type: 'asset', fileName: main, source: code });
      }
      const integrity: Record<string, string> = {};
      for (const chunk of chunks) if (!chunk.isEntry) integrity[chunk.fileName] = sha384(chunk.code);
      for (const [fileName, code] of mains) integrity[fileName] = sha384(code);
      for (const chunk of chunks.filter((output) => output.isEntry)) {
        const [main] = graph[chunk.fileName]!.imports;
        const table: Record<string, [string, string[]]> = {};
        const visit = (fileName: string): void => {
          if (table[basename(fileName)]) return;
          const node = graph[fileName]!;
          table[basename(fileName)] = [integrity[fileName]!, node.imports.map(basename)];
          for (const next of [...node.imports, ...node.dynamicImports]) visit(next);
        };
        visit(main!);
        chunk.code = entryLoader(table, basename(main!), loaderKey);
        chunk.map = null;
        integrity[chunk.fileName] = sha384(chunk.code);
        const classic = chunk.fileName.replace(/\.js$/, '.iife.js');
        const classicCode = classicLoader(chunk.fileName, integrity[chunk.fileName]!);
        integrity[classic] = sha384(classicCode);
        graph[classic] = { entry: true, imports: [], dynamicImports: [chunk.fileName] };
        this.emitFile({ type: 'asset', fileName: classic, source: classicCode });
      }
      const sorted = (record: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: 'integrity.json', source: `${JSON.stringify(sorted(integrity), null, 2)}\n` });
      this.emitFile({
        type: 'asset',
        fileName: 'files.json',
        source: `${JSON.stringify({ version, files: sorted(graph) }, null, 2)}\n`,
      });
    },
  };
}

const basename = (fileName: string): string => fileName.slice(fileName.lastIndexOf('/') + 1);

/**
 * A chunk's `import("./x.js")` (the later steps, English) goes through the entry's loader, so
 * the file it fetches is checked against its SHA-384 like the rest. Every one is rewritten, or
 * the build fails: an unchecked import would quietly undo the integrity of the whole.
 */
function checkedImports(code: string, loaderKey: string, fileName: string): string {
  const rewritten = code.replace(
    /\bimport\((["'`])(\.\/[\w./-]+\.js)\1\)/g,
    (_all, _quote: string, specifier: string) =>
      `globalThis[Symbol.for(${JSON.stringify(loaderKey)})](${JSON.stringify(specifier)},import.meta.url)`,
  );
  if (/\bimport\(\s*["'`]/.test(rewritten)) throw new Error(`${fileName}: a dynamic import the CDN loader cannot check`);
  return rewritten;
}

/**
 * The ESM entry: the integrity (`integrity="…"`) a webmaster puts on the script tag checks this
 * file, and this file holds the SHA-384 of every chunk it may load, so the whole is checked.
 * Before a chunk is imported, it and every chunk it imports are fetched side by side through
 * `<link rel=modulepreload integrity>`, which the browser refuses when the bytes do not match;
 * only when every one of them has loaded is the chunk imported, and `import()` then takes the
 * checked modules from the module map. (Importing at once is not enough: Chromium fetches a
 * refused preload again for the import, unchecked.) A refused file is fetched once more past the
 * HTTP cache (a copy kept from before the CDN was put right would otherwise be refused for as long
 * as it is cached: the files are served `immutable`) and checked again; refused twice, nothing is
 * imported, and a later call (a retry) tries again.
 * A browser without modulepreload loads the chunks unchecked rather than not at all.
 * Keyed by the version, so two copies of one version (or two versions) on a page each load their own.
 */
function entryLoader(table: Record<string, [string, string[]]>, main: string, loaderKey: string): string {
  return `const files=${JSON.stringify(table)},fetched=new Map,checks=document.createElement("link").relList.supports("modulepreload");
function modulePreload(url,integrity){return new Promise((resolve,reject)=>{const link=document.createElement("link");link.rel="modulepreload";link.href=url;link.integrity=integrity;link.onload=resolve;link.onerror=reject;(document.head||document.documentElement).append(link)})}
async function checked(url,integrity){if(!checks)return;try{await modulePreload(url,integrity)}catch{await fetch(url,{cache:"reload"}).catch(()=>{});try{await modulePreload(url,integrity)}catch{throw new Error("borgertid: "+url+" was not loaded: it does not match its integrity, or could not be fetched")}}}
function preload(name,dir){const url=new URL(name,dir).href;if(!fetched.has(url)){const[integrity,imports]=files[name],all=Promise.all([checked(url,integrity),...imports.map(next=>preload(next,dir))]);all.catch(()=>fetched.delete(url));fetched.set(url,all)}return fetched.get(url)}
async function load(specifier,importer){const url=new URL(specifier,importer),name=url.pathname.slice(url.pathname.lastIndexOf("/")+1);if(!Object.hasOwn(files,name))throw new Error("borgertid: no integrity known for "+url.href);await preload(name,new URL("./",url));return import(url.href)}
globalThis[Symbol.for(${JSON.stringify(loaderKey)})]??=load;
await load(${JSON.stringify(`./chunks/${main}`)},import.meta.url);
`;
}

/**
 * `<name>.<version>.iife.js`, for a classic `<script src>`: the ESM entry beside it (its URL from
 * this script's own; `document.currentScript` is null only in a module, which would load the ESM
 * file itself), checked against its SHA-384 the same way, then imported.
 */
function classicLoader(entry: string, integrity: string): string {
  return `(function(){var s=document.currentScript,u=new URL(${JSON.stringify(entry)},s&&s.src||document.baseURI).href,l=document.createElement("link");l.rel="modulepreload";l.href=u;l.integrity=${JSON.stringify(integrity)};(document.head||document.documentElement).appendChild(l);import(u).catch(function(e){console.error("borgertid: could not load "+u,e)})})();\n`;
}
