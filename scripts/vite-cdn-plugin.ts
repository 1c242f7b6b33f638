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
    async resolveId(source, importer) {
      if (source === './locales/index.js' && importer?.replace(/\\/g, '/').endsWith('/src/i18n/i18n.ts')) {
        return resolve(root, 'src/i18n/locales/lazy.ts');
      }
      // The CDN's own modules register things when they run (package.json's `sideEffects`
      // lists the npm build's): kept whole, or a bare `import './da-later.js'` is dropped.
      if (/(?:^|\/)(?:cdn[\w-]*|da-later)\.js$/.test(source)) {
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
      // The browser learns of a chunk only when it has parsed the chunk that imports it: the
      // entry names every chunk of its first load itself (after its own imports, so the order
      // in which they run is unchanged), and they are fetched side by side, not one by one.
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        const transitive = new Set<string>();
        const visit = (fileName: string): void => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk') return;
          for (const next of chunk.imports) {
            if (transitive.has(next)) continue;
            transitive.add(next);
            visit(next);
          }
        };
        visit(output.fileName);
        const hoisted = [...transitive].filter((fileName) => !output.imports.includes(fileName));
        const mapLine = output.code.match(/\n\/\/# sourceMappingURL=.*\s*$/)?.[0] ?? '';
        const code = mapLine ? output.code.slice(0, -mapLine.length) : output.code;
        output.code = `${code}${hoisted.map((fileName) => `\nimport"./${fileName}";`).join('')}${mapLine}`;
        output.imports = [...output.imports, ...hoisted];
      }
      const loaders = new Map<string, string>();
      const graph: Record<string, { entry: boolean; imports: string[]; dynamicImports: string[] }> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        graph[output.fileName] = { entry: output.isEntry, imports: output.imports, dynamicImports: output.dynamicImports };
        if (!output.isEntry) continue;
        const loader = output.fileName.replace(/\.js$/, '.iife.js');
        // The ESM entry's URL, beside this script's own (document.currentScript is null only in a
        // module, which would load the ESM file itself).
        const code = `(function(){var s=document.currentScript,u=new URL(${JSON.stringify(output.fileName)},s&&s.src||document.baseURI).href;import(u).catch(function(e){console.error("borgertid: could not load "+u,e)})})();\n`;
        this.emitFile({ type: 'asset', fileName: loader, source: code });
        loaders.set(loader, code);
        graph[loader] = { entry: true, imports: [], dynamicImports: [output.fileName] };
      }
      const integrity: Record<string, string> = {};
      for (const output of Object.values(bundle)) {
        if (output.fileName.endsWith('.map')) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        integrity[output.fileName] = sha384(source);
      }
      for (const [fileName, source] of loaders) integrity[fileName] = sha384(source);
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
