/**
 * The CDN build's later steps, each a chunk of its own: the calendar (with Floating UI), the
 * details form (with the CPR input), the receipt (with the QR encoder and the .ics writer),
 * and the appointment manager. Their tags may be in the DOM before they are defined: Lit keeps
 * properties set on them until they upgrade, and the booking flow waits for them.
 */
export const LAZY_TAGS = ['bt-slot-calendar', 'bt-contact-form', 'bt-cpr-input', 'bt-receipt', 'bt-appointment-manager'];

let loading: Promise<Record<string, CustomElementConstructor>> | undefined;

/** Fetches and registers every later step (once); resolves to their classes. */
export function loadSteps(): Promise<Record<string, CustomElementConstructor>> {
  loading ??= Promise.all([
    import('./cdn-step-calendar.js'),
    import('./cdn-step-form.js'),
    import('./cdn-step-receipt.js'),
    import('./cdn-step-manager.js'),
  ]).then(
    ([calendar, form, receipt, manager]) => ({
      BtSlotCalendar: calendar.BtSlotCalendar,
      BtContactForm: form.BtContactForm,
      BtReceipt: receipt.BtReceipt,
      BtAppointmentManager: manager.BtAppointmentManager,
    }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Fetches the later steps once the browser is idle after the first render. */
export function prefetchSteps(): void {
  const load = (): void => {
    loadSteps().catch((error: unknown) => console.warn('borgertid: could not load the later steps.', error));
  };
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
