/**
 * The CDN build's later steps, each a chunk of its own: the calendar (with Floating UI), the
 * details form (with the CPR input), the receipt (with the QR encoder and the .ics writer),
 * and the appointment manager. Their tags may be in the DOM before they are defined: Lit keeps
 * properties set on them until they upgrade, and the booking flow waits for them. A booking
 * page never fetches the manager: it comes when a `<bt-appointment-manager>` is on the page.
 */
import { reportStepsFailed, reportStepsLoaded } from './controllers/lazy-steps.js';
import { whenIdle } from './controllers/when-idle.js';

/** The booking's later steps. */
export const STEP_TAGS = ['bt-slot-calendar', 'bt-contact-form', 'bt-cpr-input', 'bt-receipt'];
export const MANAGER_TAG = 'bt-appointment-manager';

type StepClasses = Record<'BtSlotCalendar' | 'BtContactForm' | 'BtReceipt', CustomElementConstructor>;

let steps: Promise<StepClasses> | undefined;
let manager: Promise<CustomElementConstructor> | undefined;

/**
 * Fetches and registers the booking's later steps (once). A failure (no connection, or a file
 * that does not match its integrity) is reported to the flows on the page
 * (`controllers/lazy-steps`), which tell the citizen and offer a retry; the next call fetches again.
 */
function loadBookingSteps(): Promise<StepClasses> {
  steps ??= Promise.all([import('./cdn-step-calendar.js'), import('./cdn-step-form.js'), import('./cdn-step-receipt.js')]).then(
    ([calendar, form, receipt]) => {
      reportStepsLoaded();
      return { BtSlotCalendar: calendar.BtSlotCalendar, BtContactForm: form.BtContactForm, BtReceipt: receipt.BtReceipt };
    },
    (error: unknown) => {
      steps = undefined;
      reportStepsFailed(loadBookingSteps);
      throw error;
    },
  );
  return steps;
}

/** Fetches and registers the appointment manager (once; again after a failure). */
function loadManager(): Promise<CustomElementConstructor> {
  manager ??= import('./cdn-step-manager.js').then(
    (module) => module.BtAppointmentManager,
    (error: unknown) => {
      manager = undefined;
      throw error;
    },
  );
  return manager;
}

/** Fetches and registers every lazily loaded element (once); resolves to their classes. */
export async function loadSteps(): Promise<Record<string, CustomElementConstructor>> {
  const [booking, BtAppointmentManager] = await Promise.all([loadBookingSteps(), loadManager()]);
  return { ...booking, BtAppointmentManager };
}

const warned = new Set<string>();

/** One console note per kind of failure and page (the loader retries on every step change). */
const warnOnce =
  (what: string) =>
  (error: unknown): void => {
    if (warned.has(what)) return;
    warned.add(what);
    console.warn(`borgertid: could not load ${what}.`, error);
  };

/** Loads the booking's later steps, a failure noted in the console (the flows on the page tell the citizen). */
export function fetchSteps(): void {
  loadBookingSteps().catch(
    warnOnce('a later step of the booking (the calendar, details form or receipt: the error names the file)'),
  );
}

/** Fetches the booking's later steps once the browser is idle after the first render. */
export function prefetchSteps(): void {
  whenIdle(fetchSteps);
}

const hasManager = (node: Node): boolean =>
  node instanceof Element && (node.localName === MANAGER_TAG || node.querySelector(MANAGER_TAG) !== null);

/**
 * Loads the manager when the page has a `<bt-appointment-manager>`, now or once one is added
 * (a page that builds its content with script): watched until the first one appears.
 */
export function loadManagerWhenUsed(): void {
  const load = (): void => void loadManager().catch(warnOnce('the appointment manager (<bt-appointment-manager>)'));
  if (document.querySelector(MANAGER_TAG)) return load();
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(hasManager))) return;
    observer.disconnect();
    load();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
