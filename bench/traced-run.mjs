// One cold load of a bench scenario under Chromium's tracing, shared by the profilers
// (profile-trace, profile-layout, profile-cpu): a fresh context (nothing cached), the page ready,
// the trace started, the scenario run between the marks `cpu-from` and `cpu-to`.
/* global window -- page.evaluate callbacks run in the page. */
import { join } from 'node:path';

/**
 * Runs `scenario` of `subject` (`borgertid` or `cally`) once on the bench page at `base`,
 * traced with `categories`; resolves to the scenario's result and the parsed trace. `build`
 * names another build of ours, `dist/bench/<build>.js` under `root` (e.g. one kept from before
 * a change), served in place of borgertid.js so both run on the same page.
 */
export async function tracedRun(browser, { base, root, subject, scenario, categories, build }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (build && build !== subject) {
      await page.route('**/dist/bench/borgertid.js', (route) => route.fulfill({ path: join(root, 'dist/bench', `${build}.js`) }));
    }
    await page.goto(`${base}?subject=${subject}&scenario=${scenario}`);
    await page.waitForFunction(() => window.benchReady === true);
    await browser.startTracing(page, { categories });
    const result = await page.evaluate(async (name) => {
      performance.mark('cpu-from');
      const answer = await window.bench[name]();
      performance.mark('cpu-to');
      return answer;
    }, subject);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    return { result, trace };
  } finally {
    await context.close();
  }
}
