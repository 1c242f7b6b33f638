/**
 * The CDN build's later steps, each a chunk of its own: the calendar (with Floating UI), the
 * details form (with the CPR input), the receipt (with the QR encoder and the .ics writer),
 * and the appointment manager. Their tags may be in the DOM before they are defined: Lit keeps
 * properties set on them until they upgrade, and the booking flow waits for them.
 */
import { reportStepsFailed, reportStepsLoaded } from './controllers/lazy-steps.js';

export const LAZY_TAGS = ['bt-slot-calendar', 'bt-contact-form', 'bt-cpr-input', 'bt-receipt', 'bt-appointment-manager'];

let loading: Promise<Record<string, CustomElementConstructor>> | undefined;

/**
 * Fetches and registers every later step (once); resolves to their classes. A failure (no
 * connection, or a file that does not match its integrity) is reported to the flows on the page
 * (`controllers/lazy-steps`), which tell the citizen and offer a retry; the next call fetches again.
 */
export function loadSteps(): Promise<Record<string, CustomElementConstructor>> {
  loading ??= Promise.all([
    import('./cdn-step-calendar.js'),
    import('./cdn-step-form.js'),
    import('./cdn-step-receipt.js'),
    import('./cdn-step-manager.js'),
  ]).then(
    ([calendar, form, receipt, manager]) => {
      reportStepsLoaded();
      return {
        BtSlotCalendar: calendar.BtSlotCalendar,
        BtContactForm: form.BtContactForm,
        BtReceipt: receipt.BtReceipt,
        BtAppointmentManager: manager.BtAppointmentManager,
      };
    },
    (error: unknown) => {
      loading = undefined;
      reportStepsFailed(loadSteps);
      throw error;
    },
  );
  return loading;
}

/** Loads the later steps, a failure noted in the console (the flows on the page tell the citizen). */
export function fetchSteps(): void {
  loadSteps().catch((error: unknown) => console.warn('borgertid: could not load the later steps.', error));
}

/** Fetches the later steps once the browser is idle after the first render. */
export function prefetchSteps(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fetchSteps, { timeout: 2000 });
  else setTimeout(fetchSteps, 200);
}
