import { expect } from '@open-wc/testing';
import { countingAdapter, mountBooking } from './booking-object.js';

const CPR = '0101901234';
const CPR_FORMATTED = '010190-1234';
type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'table' | 'dir';
const METHODS: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'];

function leaks(value: string): boolean {
  return value.includes(CPR) || value.includes(CPR_FORMATTED);
}

describe('<bt-booking>: the CPR number stays in memory', function () {
  this.timeout(30000);

  const originals = new Map<ConsoleMethod, (...args: unknown[]) => void>();
  const logged: unknown[][] = [];

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    for (const method of METHODS) {
      originals.set(method, console[method] as (...args: unknown[]) => void);
      console[method] = (...args: unknown[]) => {
        logged.push(args);
      };
    }
  });

  afterEach(() => {
    for (const method of METHODS) console[method] = originals.get(method)! as never;
  });

  it('never puts it into the URL, web storage, cookies, the console or an event the host page sees', async () => {
    const seen: string[] = [];
    const record = (event: Event) => seen.push(`${event.type} ${safeJson((event as CustomEvent).detail)}`);
    const types = [
      'bt-contact-submit',
      'bt-contact-change',
      'bt-step-change',
      'bt-booked',
      'bt-slot-select',
      'bt-service-select',
    ];
    for (const type of types) document.addEventListener(type, record);
    const href = window.location.href;
    const history = window.history.length;
    const page = await mountBooking(countingAdapter());
    await page.toSummary({ name: 'Karen Jensen', cpr: CPR, email: 'karen@example.dk' });
    await page.confirm();
    await page.waitForStep('receipt');

    expect(window.location.href).to.equal(href);
    expect(window.history.length, 'no history entries').to.equal(history);
    expect(leaks(window.location.href)).to.equal(false);
    const storage = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(leaks(storage)).to.equal(false);
    expect(leaks(document.cookie)).to.equal(false);
    const consoleText = logged
      .map((args) => args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' '))
      .join('\n');
    expect(leaks(consoleText)).to.equal(false);
    // Nor in any attribute of the booking's own DOM (a form value could end up in a URL).
    expect(leaks(page.root.innerHTML)).to.equal(false);
    // The host page hears the steps and the booking, never the citizen's typed details.
    for (const type of types) document.removeEventListener(type, record);
    expect(seen.some((entry) => entry.startsWith('bt-booked'))).to.equal(true);
    expect(seen.filter((entry) => entry.startsWith('bt-contact'))).to.deep.equal([]);
    expect(leaks(seen.join('\n'))).to.equal(false);
  });
});

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
