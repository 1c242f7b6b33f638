// Runs every browser test in real engines: Chromium, Firefox and WebKit (Safari's engine).
// Locally it runs the engines that are installed and says which it skipped; with CI=true
// all three are required. BT_BROWSERS=chromium,firefox narrows the set while developing.
import { existsSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './test/support/chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
// Browsers write profiles and caches into $HOME: keep them inside the project.
const home = `${root}.home`;
mkdirSync(home, { recursive: true });
process.env.HOME = home;
process.env.XDG_CACHE_HOME = `${root}.cache`;

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const wanted = (process.env.BT_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const installed = {
  chromium: existsSync(CHROMIUM),
  firefox: existsSync(FIREFOX),
  webkit: existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) && existsSync('/usr/bin/Xvfb'),
};
const missing = wanted.filter((name) => !installed[name]);
if (missing.length) {
  if (process.env.CI) {
    console.error(`CI requires every engine; missing: ${missing.join(', ')}`);
    process.exit(1);
  }
  console.warn(`Skipping engines that are not installed here: ${missing.join(', ')}`);
}
const engines = wanted.filter((name) => installed[name]);
console.log(`Engines: ${engines.join(', ')}`);

function chromium(env = {}) {
  return chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, ...env },
    },
  });
}

function firefox(env = {}) {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...env },
      extraPrefsFirefox: {
        'services.settings.server': 'http://127.0.0.1:9/',
        'network.captive-portal-service.enabled': false,
        'app.update.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.dns.disableIPv6': true,
      },
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(1));
}

/** MiniBrowser has no headless mode: give it a virtual X display of its own. */
async function startXvfb() {
  if (process.env.DISPLAY && !process.env.CI) return process.env.DISPLAY;
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    xvfb.stdio[3].on('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.on('error', reject);
  });
}

async function webkit() {
  const display = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driver);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

const browsers = [];
if (engines.includes('chromium')) browsers.push(chromium());
if (engines.includes('firefox')) browsers.push(firefox());
if (engines.includes('webkit')) browsers.push(await webkit());

// Time-sensitive tests run again in Chromium with the browser in zones far from Copenhagen:
// the core time tests whole (every expectation is a fixed Copenhagen value, so code that reads
// the browser's zone fails in at least one of them) and the calendar's zone test. One Chromium
// serves all four zones: each test page asks for its zone (as Playwright's `timezoneId` does)
// before its tests load, instead of a browser started per zone.
const TIME_ZONES = ['UTC', 'America/New_York', 'Australia/Sydney', 'Pacific/Kiritimati'];
const ZONED_FILES = [
  'test/core/time.test.ts',
  'test/core/availability.test.ts',
  'test/core/ics.test.ts',
  'test/**/*.tz.test.ts',
  'src/**/*.tz.test.ts',
];
const ZONE_COMMAND = 'bt-time-zone';

/** The page of a zoned group: it switches its zone, then loads the tests (which can read it). */
function zonedTestPage(zone) {
  return (testFramework) => `<!DOCTYPE html>
<html>
  <head><meta name="bt-time-zone" content="${zone}"></head>
  <body>
    <script type="module">
      import { executeServerCommand } from '@web/test-runner-commands';
      await executeServerCommand('${ZONE_COMMAND}', '${zone}');
      await import('${testFramework}');
    </script>
  </body>
</html>`;
}

/** Sets the zone of the asking page; pages are reused, so every zoned page asks. */
function timeZoneCommand() {
  return {
    name: 'bt-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== ZONE_COMMAND) return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload);
      return true;
    },
  };
}

const zonedChromium = engines.includes('chromium') ? chromium() : undefined;
const zoneGroups = zonedChromium
  ? TIME_ZONES.map((zone) => ({
      name: `tz-${zone.replace(/\W+/g, '-')}`,
      files: ZONED_FILES,
      browsers: [zonedChromium],
      testRunnerHtml: zonedTestPage(zone),
    }))
  : [];

/** Serves msw's worker at the root, so its scope covers the test pages. */
function mswWorker() {
  return async (context, next) => {
    if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
    return next();
  };
}

export default {
  rootDir: root,
  files: ['test/**/*.test.ts', 'src/**/*.test.ts', '!test/**/*.tz.test.ts', '!src/**/*.tz.test.ts'],
  groups: zoneGroups,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` }), timeZoneCommand()],
  middleware: [mswWorker()],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [summaryReporter()],
  // The widget's notes for integrators (`console.warn('borgertid: …', cause)`) are what the fault
  // and contract suites provoke by the hundred, each with a stack: kept out of the log unless
  // BT_BROWSER_WARNINGS=1. Tests that care assert them through a spy, not through this log.
  filterBrowserLogs: ({ type, args }) => {
    const first = String(args[0] ?? '');
    if (first.startsWith('Lit is in dev mode')) return false;
    return process.env.BT_BROWSER_WARNINGS === '1' || type !== 'warn' || !/^(borgertid|MemoryAdapter)\b/.test(first);
  },
};
