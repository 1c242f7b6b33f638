/**
 * The fault matrix's engine: one test per (method × fault) cell that applies, each driving a
 * real element over a `FaultyAdapter`, and a table of the results printed after the file.
 *
 * What every cell demands (issue 11): a translated message and a usable way forward (pressed:
 * the flow goes on to its end), the citizen's input kept, no unhandled rejection, no
 * `console.error`, never two bookings for one confirmation, and that the fault really fired.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FAULTS, type Bends, type Fault, FaultyAdapter, type Method } from './fault-adapter.js';
import common from '../../src/i18n/locales/da/common.js';
import booking from '../../src/i18n/locales/da/booking.js';
import calendar from '../../src/i18n/locales/da/calendar.js';
import form from '../../src/i18n/locales/da/form.js';
import manager from '../../src/i18n/locales/da/manager.js';
import picker from '../../src/i18n/locales/da/picker.js';
import receipt from '../../src/i18n/locales/da/receipt.js';

/**
 * How an element must meet a fault:
 * - `recover`: a translated message and a way forward that, pressed, gets the flow to its end;
 * - `goes-on`: nothing for the citizen to do (the failure is the element's to absorb, e.g. a
 *   hold not given back, wrong data dropped, a late answer ignored): the flow reaches its end;
 * - `settles`: either of the two (a change the backend may have made before its answer broke);
 * - `refused`: a translated message, the state unchanged, no retry needed (a refusal the
 *   citizen cannot fix here, e.g. a cancellation past its deadline);
 * - `{ na }`: the cell does not apply, with why.
 */
export type Expectation = 'recover' | 'goes-on' | 'settles' | 'refused' | { na: string };

/** One expectation for every fault but those named (which keep their defaults, or are given beside it). */
export function allBut(expectation: Expectation, ...except: Fault[]): Partial<Record<Fault, Expectation>> {
  return Object.fromEntries(FAULTS.filter((fault) => !except.includes(fault)).map((fault) => [fault, expectation]));
}

export interface Scenario<P> {
  method: Method;
  /** Which element the row drives, for the table. */
  element: string;
  /** Makes the adapter (a fresh one per cell): the fault is injected around it. */
  adapter(): FaultyAdapter;
  /** Mounts and drives up to just before the call (the fault is armed after this). */
  arrange(faulty: FaultyAdapter, fault: Fault): Promise<P>;
  /** The citizen's action that makes the call. */
  act(page: P): Promise<void>;
  /** The message the element shows now ('' when none). */
  message(page: P): string;
  /** Whether the flow has reached its end (the receipt, the moved or cancelled appointment). */
  done(page: P): boolean;
  /** The way forward the message offers (a retry; another time after slot-taken). */
  retry(page: P, fault: Fault): Promise<void>;
  /** Drives on to the end and checks it (what was booked, moved or cancelled). */
  finish(page: P, fault: Fault, faulty: FaultyAdapter): Promise<void>;
  /** Checks the citizen's input is still there while the message shows. */
  kept?(page: P): void;
  /** For `overtaken`: makes a newer call of the method (the older answer then arrives late). */
  overtake?(page: P): Promise<void>;
  /** Checks after `refused` that nothing changed. */
  unchanged?(page: P, faulty: FaultyAdapter): void;
  /** Per fault, when not the default (`recover` for rejections, `{ na }` for the rest). */
  expect: Partial<Record<Fault, Expectation>>;
  bends?: Bends;
}

/** Rejections every call can meet; `validation` and `slot-taken` only where the contract has them. */
const DEFAULTS: Record<Fault, Expectation> = {
  network: 'recover',
  timeout: 'recover',
  unavailable: 'recover',
  'rate-limited': 'recover',
  'invalid-response': 'recover',
  validation: { na: 'the contract has no validation error here' },
  'slot-taken': { na: 'no slot is taken by this call' },
  'type-error': 'recover',
  'sync-throw': 'recover',
  'non-promise': 'recover',
  'never-settles': 'recover',
  overtaken: { na: 'no newer call of this method can overtake it' },
  'wrong-shape': 'recover',
  'wrong-data': { na: 'no well-formed answer is wrong here' },
};

export function expectationOf<P>(scenario: Scenario<P>, fault: Fault): Expectation {
  return scenario.expect[fault] ?? DEFAULTS[fault];
}

// ---- translated messages -------------------------------------------------------------------

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** The fixed stretches of every Danish text a citizen may see (between `{{…}}` placeholders). */
const DANISH_PHRASES = [
  ...new Set(
    leaves({ common, booking, calendar, form, manager, picker, receipt })
      .flatMap((text) => text.split(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>/))
      .map((part) => part.trim())
      .filter((part) => part.length >= 12),
  ),
];

/** A message from the locale files, not an adapter's developer message or a broken value. */
export function expectTranslated(message: string): void {
  expect(message, 'a message').not.to.equal('');
  expect(message, 'no developer message leaks').not.to.match(/Simulated|Failed to fetch|TypeError|undefined|NaN|\[object/);
  expect(
    DANISH_PHRASES.some((phrase) => message.includes(phrase)),
    `"${message}" is not from the Danish locale files`,
  ).to.equal(true);
}

// ---- what must never happen ----------------------------------------------------------------

/** Collects `console.error` calls, unhandled rejections and uncaught errors while a cell runs. */
export function watchForTrouble() {
  const trouble: string[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    trouble.push(`console.error: ${args.map(String).join(' ')}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    trouble.push(`unhandled rejection: ${String(event.reason)}`);
    event.preventDefault();
  };
  const onError = (event: ErrorEvent) => trouble.push(`uncaught error: ${event.message}`);
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return {
    trouble,
    stop() {
      console.error = originalError;
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    },
  };
}

// ---- the table -----------------------------------------------------------------------------

type Result = 'pass' | 'FAIL' | 'n/a';
const results = new Map<string, Result>();
const reasons = new Map<string, string>();
const rows: Array<{ method: Method; element: string }> = [];

const SHORT: Record<Fault, string> = {
  network: 'network',
  timeout: 'timeout',
  unavailable: 'unavail',
  'rate-limited': 'rate-lim',
  'invalid-response': 'invalid',
  validation: 'valid.',
  'slot-taken': 'taken',
  'type-error': 'TypeErr',
  'sync-throw': 'throw',
  'non-promise': 'non-prom',
  'never-settles': 'never',
  overtaken: 'overtkn',
  'wrong-shape': 'shape',
  'wrong-data': 'wrong',
};

function printTable(title: string): void {
  const width = 9;
  const head = `${'method'.padEnd(44)}${FAULTS.map((fault) => SHORT[fault].padEnd(width)).join('')}`;
  const lines = [``, `Fault matrix: ${title} (pass / FAIL / n/a = does not apply)`, head, '-'.repeat(head.length)];
  for (const { method, element } of rows) {
    const cells = FAULTS.map((fault) => (results.get(`${method}|${fault}`) ?? '—').padEnd(width)).join('');
    lines.push(`${`${method} (${element})`.padEnd(44)}${cells}`);
  }
  const notes = [...reasons].map(([key, reason]) => `  n/a ${key.replace('|', ' × ')}: ${reason}`);
  console.log([...lines, '', ...notes].join('\n'));
}

/**
 * Declares the cells of the scenarios as tests, and prints their table when the file is done.
 * A cell starts as FAIL and becomes pass only when its test got to the end.
 */
export function faultMatrix(title: string, scenarios: Array<Scenario<never>>): void {
  describe(`fault matrix: ${title}`, function () {
    this.timeout(20000);
    after(() => printTable(title));

    for (const scenario of scenarios) {
      rows.push({ method: scenario.method, element: scenario.element });
      describe(scenario.method, () => {
        for (const fault of FAULTS) {
          const key = `${scenario.method}|${fault}`;
          const expectation = expectationOf(scenario, fault);
          if (typeof expectation === 'object') {
            results.set(key, 'n/a');
            reasons.set(key, expectation.na);
            continue;
          }
          it(`${fault} → ${expectation}`, async () => {
            results.set(key, 'FAIL');
            await runCell(scenario, fault, expectation);
            results.set(key, 'pass');
          });
        }
      });
    }
  });
}

async function runCell<P>(scenario: Scenario<P>, fault: Fault, expectation: Exclude<Expectation, { na: string }>): Promise<void> {
  const watch = watchForTrouble();
  try {
    const faulty = scenario.adapter();
    const page = await scenario.arrange(faulty, fault);
    faulty.arm(scenario.method, fault, scenario.bends);
    await scenario.act(page);
    if (fault === 'overtaken') {
      await scenario.overtake!(page);
      await waitUntil(() => !faulty.holdingBack, 'the late answer never arrived', { timeout: 4000 });
    }
    expect(faulty.fired, `the ${fault} fault never reached ${scenario.method}`).to.equal(1);

    if (expectation === 'recover' || expectation === 'refused' || expectation === 'settles') {
      await waitUntil(
        () => scenario.message(page) !== '' || (expectation === 'settles' && scenario.done(page)),
        `no message after ${fault} in ${scenario.method}`,
        { timeout: 4000 },
      );
      if (!(expectation === 'settles' && scenario.done(page))) {
        expectTranslated(scenario.message(page));
        // After `settles` the backend may have acted, so only the other kinds keep everything as it was.
        if (expectation !== 'settles') scenario.kept?.(page);
        if (expectation === 'refused') {
          scenario.unchanged!(page, faulty);
          return;
        }
        await scenario.retry(page, fault);
      }
    }
    await scenario.finish(page, fault, faulty);
    expect(watch.trouble, 'console errors, unhandled rejections or uncaught errors').to.deep.equal([]);
  } finally {
    watch.stop();
  }
}

// ---- helpers for scenarios -----------------------------------------------------------------

/** Every element matching `selector` in `root` and every shadow root below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  return found;
}

export const squash = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of every alert (and notice) the element shows, through its children's shadow roots. */
export function alertsOf(element: Element): string {
  // The calendar's error is a `.alert` message announced through its live region.
  return deepQueryAll(element.shadowRoot!, '[role="alert"], [part~="notice"], .alert[part~="message"]')
    .map(squash)
    .filter(Boolean)
    .join(' | ');
}

/** The retry button an element offers: a part `retry`, a button in an alert, or one named "Prøv …". */
export function retryButtonOf(element: Element): HTMLButtonElement | undefined {
  const root = element.shadowRoot!;
  return (
    deepQueryAll<HTMLButtonElement>(root, 'button[part~="retry"]')[0] ??
    deepQueryAll<HTMLButtonElement>(root, '[role="alert"] button, .alert[part~="message"] button')[0] ??
    deepQueryAll<HTMLButtonElement>(root, 'button').find((button) => /^Prøv\b/.test(squash(button)))
  );
}

export async function pressRetry(element: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await waitUntil(() => retryButtonOf(element), `no retry offered; alerts: ${alertsOf(element)}`, { timeout: 4000 });
  retryButtonOf(element)!.click();
  await element.updateComplete;
}
