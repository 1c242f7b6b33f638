// The designers' door: Storybook is built as `npm run build-storybook` builds it, and every
// entry of its index (each story, each element's docs page) is shown in Chromium. A
// story fails on a console error, an uncaught exception, a render or play-function error, an
// element that was never registered (a `sideEffects` list that lets the bundler drop
// `src/define/*` renders a blank story without any error), or an axe violation.
// Functions passed to page.evaluate and waitForFunction run in the page.
/* global window, document, customElements */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { buildAndServeStorybook } from './support/storybook.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Stories tagged so show a state that never ends (a backend that never answers). */
const NEVER_SETTLES = 'never-settles';

/** Pages open side by side, each in its own browser context (own storage, own globals). */
const WORKERS = 3;

/**
 * How long a story may take to render and settle. Not an assertion on speed: the stories'
 * backends answer within a second; this only turns a hang into a failure that names the story.
 */
const SETTLE_TIMEOUT_MS = 15_000;

/**
 * Whole-page rules that judge a document, not a component shown alone on Storybook's canvas
 * (which has no <main>, no <h1>, no landmarks of its own). Every rule about the elements runs.
 */
const PAGE_LEVEL_RULES = {
  region: { enabled: false },
  'landmark-one-main': { enabled: false },
  'page-has-heading-one': { enabled: false },
};

/** The elements as the manifest (`npm run analyze`, run by the build) describes them, by tag. */
function manifestElements() {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  return new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
}

let storybook;
let browser;
let elements;

before(async () => {
  const started = Date.now();
  storybook = await buildAndServeStorybook();
  elements = manifestElements();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  process.stdout.write(`# Storybook built and served in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});

after(async () => {
  await browser?.close();
  await storybook?.close();
});

/** Axe's WCAG 2.2 AA and best-practice rules over `selector`, shadow roots included. */
async function axeViolations(page, selector) {
  return page.evaluate(
    async ({ selector, rules }) => {
      const result = await window.axe.run(
        { include: [selector] },
        {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          rules,
          // Only what fails is collected (passes are the expensive bulk of a result).
          resultTypes: ['violations'],
        },
      );
      return result.violations.map((v) => `axe ${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
    },
    { selector, rules: PAGE_LEVEL_RULES },
  );
}

/** Elements whose controls were checked (on the first of their stories that is shown). */
const controlsChecked = new Set();

/**
 * The story's controls, as Storybook prepared them: every attribute the manifest documents
 * has one a designer can use (under its own name, or its property's), not hidden and not an
 * object editor ("Set object"); so has the `adapter` property. And the docs table files each
 * attribute as an attribute or property and lists every part: a part named like an attribute
 * (the picker's `service`) once replaced the attribute's row.
 */
async function controlProblems(page, declaration) {
  const attributes = (declaration.attributes ?? []).map(({ name, fieldName }) => ({ name, fieldName }));
  const hasAdapter = (declaration.members ?? []).some((member) => member.name === 'adapter');
  const parts = (declaration.cssParts ?? []).map(({ name }) => name);
  return page.evaluate(
    ({ attributes, hasAdapter, parts }) => {
      const { argTypes } = window.__STORYBOOK_PREVIEW__.currentRender.story;
      const usable = (key) => {
        const row = key && argTypes[key];
        return !!row && !row.table?.disable && !!row.control && !row.control.disable && row.control.type !== 'object';
      };
      const missing = attributes.filter(({ name, fieldName }) => !usable(name) && !usable(fieldName)).map(({ name }) => name);
      if (hasAdapter && !usable('adapter')) missing.push('adapter (property)');
      const rows = Object.values(argTypes);
      const filed = (key) => ['attributes', 'properties'].includes(argTypes[key]?.table?.category);
      const misfiled = attributes.filter(({ name, fieldName }) => !filed(name) && !filed(fieldName)).map(({ name }) => name);
      const listed = new Set(rows.filter((row) => row.table?.category === 'css shadow parts').map((row) => row.name));
      return [
        ...missing.map((name) => `control: no working control for ${name}`),
        ...misfiled.map((name) => `docs: the attribute ${name} is not filed under attributes or properties`),
        ...parts.filter((name) => !listed.has(name)).map((name) => `docs: the part ${name} is not listed`),
      ];
    },
    { attributes, hasAdapter, parts },
  );
}

/** In the page: every element below `root`, through open shadow roots. */
function pageHelpers() {
  window.__deepAll = (root) => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    if (root) walk(root);
    return found;
  };
}

/**
 * One Storybook canvas (iframe.html) in a page of its own context, moved from entry to entry
 * the way Storybook's manager and test runner move it (`setCurrentStory` on its channel):
 * loading and evaluating the preview bundle once instead of once per story is most of the
 * time saved. Storybook tears the previous story down before it renders the next; a problem
 * is counted for the entry on screen when it is reported.
 */
async function openCanvas(context) {
  const page = await context.newPage();
  const canvas = { page, problems: [], loaded: false };
  page.on('console', (message) => {
    if (message.type() === 'error') canvas.problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => canvas.problems.push(`uncaught: ${error.message}`));
  // A new document after the first (a story that reloads or leaves the canvas).
  page.on('domcontentloaded', () => {
    if (canvas.loaded) {
      canvas.problems.push(`the canvas loaded a new document: ${page.url()}`);
      canvas.loaded = false;
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) canvas.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return canvas;
}

/**
 * Shows one index entry on the canvas and returns what went wrong: console errors, uncaught
 * exceptions, failed requests, a render or play error, unregistered elements, axe violations.
 * Empty means the entry passes.
 */
async function problemsIn(canvas, entry) {
  const { page } = canvas;
  canvas.problems = [];
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const rootSelector = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
  const tag = entry.title.split('/').pop();
  try {
    if (canvas.loaded) {
      await page.evaluate(
        ({ storyId, viewMode }) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode }),
        { storyId: entry.id, viewMode },
      );
    } else {
      await page.goto(`${storybook.url}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`);
      await page.evaluate(pageHelpers);
      await page.addScriptTag({ content: AXE_SOURCE });
      canvas.loaded = true;
    }
    // Storybook's own record of this entry's render: a story "finished" (after its play
    // function) or "errored"; a docs page rendered with this element in it. In both, every
    // story render on the canvas done: Storybook reloads the page when it has to tear down a
    // render still loading or playing (e.g. a docs page's story whose loader still runs).
    await page.waitForFunction(
      ({ id, viewMode, tag }) => {
        const preview = window.__STORYBOOK_PREVIEW__;
        const done = (render) => ['finished', 'errored', 'aborted'].includes(render.phase);
        if (!preview?.storyRenders.every(done)) return false;
        const render = preview.currentRender;
        if (viewMode === 'story') return render?.id === id && done(render);
        const docs = document.querySelector('#storybook-docs .sbdocs-content');
        return render?.entry?.id === id && !!docs && window.__deepAll(docs).some((element) => element.localName === tag);
      },
      { id: entry.id, viewMode, tag },
      { timeout: SETTLE_TIMEOUT_MS },
    );
    if (viewMode === 'story') {
      const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
      if (phase !== 'finished') canvas.problems.push(`render ${phase}: ${await page.locator('#error-message').textContent()}`);
    }
    if (viewMode === 'story' && elements.has(tag) && !controlsChecked.has(tag)) {
      controlsChecked.add(tag);
      canvas.problems.push(...(await controlProblems(page, elements.get(tag))));
    }
    // Settled: at least one of our elements rendered, none with an update pending and (for
    // stories that end) nothing still marked busy.
    const waitForBusy = viewMode === 'story' && !entry.tags?.includes(NEVER_SETTLES);
    await page.waitForFunction(
      ({ selector, waitForBusy }) => {
        const all = window.__deepAll(document.querySelector(selector));
        const ours = all.filter((element) => element.localName.startsWith('bt-'));
        if (!ours.length || ours.some((element) => element.isUpdatePending)) return false;
        return !waitForBusy || !all.some((element) => element.getAttribute('aria-busy') === 'true');
      },
      { selector: rootSelector, waitForBusy },
      { timeout: SETTLE_TIMEOUT_MS },
    );
    const unregistered = await page.evaluate(
      (selector) =>
        window
          .__deepAll(document.querySelector(selector))
          .map((element) => element.localName)
          .filter((tag) => tag.startsWith('bt-') && !customElements.get(tag)),
      rootSelector,
    );
    for (const tag of new Set(unregistered)) canvas.problems.push(`<${tag}> is not registered (tree-shaken define module?)`);
    // Each element speaks the toolbar's language (Danish here) unless its story sets its own:
    // Storybook's docs pages wrap stories in lang="en" containers of their own.
    const foreign = await page.evaluate(
      (selector) =>
        window
          .__deepAll(document.querySelector(selector))
          .filter((element) => element.localName.startsWith('bt-') && element.getRootNode() === document)
          .filter((element) => !element.hasAttribute('lang') && !element.lang)
          .filter((element) => element.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'da')
          .map((element) => element.localName),
      rootSelector,
    );
    for (const tag of new Set(foreign)) canvas.problems.push(`<${tag}> speaks another language than the toolbar's (da)`);
    // Axe on stories only: a docs page shows the same stories (each checked alone here) inside
    // Storybook's own blocks, whose markup is not ours to fix.
    if (viewMode === 'story') canvas.problems.push(...(await axeViolations(page, rootSelector)));
  } catch (error) {
    canvas.problems.push(error.message.split('\n')[0]);
    // A canvas that lost its way is not trusted with the next entry.
    canvas.loaded = false;
  }
  return canvas.problems;
}

describe('Storybook', () => {
  it('has a docs page for every element in the manifest and stories for each', () => {
    const tags = [...elements.keys()];
    assert.ok(tags.length > 0, 'the manifest lists elements');
    const titles = (type) => new Set(storybook.entries.filter((entry) => entry.type === type).map((entry) => entry.title));
    const docs = titles('docs');
    const stories = titles('story');
    for (const tag of tags) {
      assert.ok(
        [...stories].some((title) => title.endsWith(`/${tag}`)),
        `stories for <${tag}>`,
      );
      assert.ok(
        [...docs].some((title) => title.endsWith(`/${tag}`)),
        `a docs page for <${tag}>`,
      );
    }
  });

  it('opens every story and docs page without a console error or an axe violation', async () => {
    // BT_STORIES=<part of an id> opens only the matching entries (while working on a story).
    const only = process.env.BT_STORIES;
    const queue = storybook.entries.filter((entry) => !only || entry.id.includes(only));
    const opened = queue.length;
    const failures = {};
    const started = Date.now();
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const canvas = await openCanvas(context);
        try {
          for (let entry = queue.shift(); entry; entry = queue.shift()) {
            const problems = await problemsIn(canvas, entry);
            if (problems.length) failures[entry.id] = problems;
          }
        } finally {
          await context.close();
        }
      }),
    );
    process.stdout.write(`# ${opened} entries opened in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    assert.deepEqual(failures, {});
  });
});
