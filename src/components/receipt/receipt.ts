import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { unbroken } from '../../core/phone.js';
import type { TFunction } from 'i18next';
import { property, query, state } from 'lit/decorators.js';
import { appointmentEventDetail, type ReceiptEventDetail } from '../../core/appointment-event.js';
import { usableReference } from '../../core/booking-outcome.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { appointmentToIcs, icsFileName } from '../../core/ics.js';
import type { Appointment } from '../../core/types.js';
import { safeHttpUrl } from '../../core/url.js';
import { LocalizeController } from '../../controllers/localize.js';
import { hostStyles } from '../../styles/shared.js';
import { heading, headingLevel } from '../../templates/heading.js';
import { CalendarDownloadController } from './calendar-download.js';
import { icsTexts } from './ics-texts.js';
import { isolateForPrint } from './print-isolation.js';
import { renderActions, renderManage, telHref } from './receipt-actions.js';
import { QrCache, renderArrival } from './receipt-arrival.js';
import { renderChecklist } from './receipt-checklist.js';
import { renderDetails } from './receipt-details.js';
import { receiptStyles } from './receipt.styles.js';

export { CALENDAR_URL_LIFETIME_MS } from './calendar-download.js';

export type { ReceiptEventDetail } from '../../core/appointment-event.js';

export type ReceiptDownloadEvent = CustomEvent<ReceiptEventDetail>;
export type ReceiptPrintEvent = CustomEvent<ReceiptEventDetail>;

/**
 * The booking receipt: what the citizen sees once the appointment is booked. The reference
 * (large, with a copy button), the errand, place, date and time in Copenhagen, a checklist of
 * what to bring, the fee, what to do on arrival (as the office's `checkIn` says: a QR code to
 * scan at the machine by the entrance, or the number given at the desk), how to change or cancel, and buttons to add the appointment to a calendar (.ics) and to print.
 *
 * The QR code carries the booking reference alone (e.g. `BT-7K3Q9M`): a kiosk scanner types
 * it like a keyboard, and it gives nobody who photographs the receipt any power over the
 * booking. No CPR number is shown or put anywhere; backend texts are rendered as text.
 * A reference too long for a QR code is shown as text only, and a booking that came without
 * one (the backend said yes, its answer had none) says so with the office's phone. The
 * calendar file leaves the manage link out: it holds the token, and calendars sync and share.
 *
 * Printing from the "Udskriv" button prints the receipt alone: a constructable stylesheet
 * (CSP-safe) hides the rest of the page during that print only. Printing the page by other
 * means prints the page, with the receipt's buttons hidden.
 *
 * @tagname bt-receipt
 * @summary The booking receipt, with calendar file, print and QR code.
 *
 * @attr lang - Language of the element's texts: `da` (default) or `en`; inherited from ancestors.
 * @attr moved - The appointment was just moved: "Din tid er flyttet", and no change-or-cancel section (the manager around it has those buttons).
 * @attr manage-url - Link where the citizen can change or cancel. Shown only if it is an http(s) URL
 *   (a relative one is resolved against the page); otherwise the receipt offers the office's phone.
 * @attr heading-level - Level of the receipt's heading, 1–6 (default 2); its sections are one level lower.
 *
 * @fires bt-receipt-download - `{ reference, serviceId, locationId, start, end }` after the calendar
 *   file is handed to the browser (never the token or the name). Bubbles, composed. For analytics.
 * @fires bt-receipt-print - `{ reference, serviceId, locationId, start, end }` just before the print
 *   dialog opens. Bubbles, composed. For analytics.
 *
 * @csspart base - The wrapper around everything.
 * @csspart banner - The success banner holding the heading.
 * @csspart heading - The "Din tid er bestilt" heading.
 * @csspart reference - The booking number block.
 * @csspart reference-value - The booking number itself (absent when the backend sent none: the block then says whom to call).
 * @csspart copy-button - The "Kopiér" button (only where the Clipboard API is available, and there is a number to copy).
 * @csspart details - The list of errand, person, date, time, place and price.
 * @csspart documents - The "Det skal du medbringe" section.
 * @csspart checklist - The list of checkboxes of things to bring.
 * @csspart arrival - The "Når du kommer" section.
 * @csspart qr - The QR code `<svg>` (absent for a reference too long for one, over 100 characters, or none).
 * @csspart manage - The "Ændr eller aflys" section.
 * @csspart manage-link - The link to change or cancel.
 * @csspart actions - The group of calendar and print buttons.
 * @csspart calendar-button - The "Tilføj til kalender" button.
 * @csspart print-button - The "Udskriv" button.
 *
 * @cssprop [--bt-color-primary=#0b5cab] - Buttons and links.
 * @cssprop [--bt-color-on-primary=#ffffff] - Text on the primary button.
 * @cssprop [--bt-color-text=#1a1a1a] - Text colour.
 * @cssprop [--bt-color-muted=#555b63] - Labels and hints.
 * @cssprop [--bt-color-surface=#ffffff] - Background.
 * @cssprop [--bt-color-surface-alt=#f4f5f7] - Background of the booking number block.
 * @cssprop [--bt-color-border=#8a9099] - Borders and dividers.
 * @cssprop [--bt-color-success=#1e6b34] - The banner's accent and check mark.
 * @cssprop [--bt-color-success-soft=#e7f4ea] - The banner's background.
 * @cssprop [--bt-focus-color=#1a1a1a] - Focus ring.
 * @cssprop [--bt-radius=6px] - Corner radius.
 * @cssprop [--bt-space=1rem] - Base spacing.
 * @cssprop [--bt-font-family=system-ui] - Font.
 * @cssprop [--bt-font-size=1rem] - Base font size.
 * @cssprop [--bt-receipt-max-width=48rem] - Widest the receipt grows.
 * @cssprop [--bt-receipt-qr-size=10rem] - Side of the QR code on screen.
 * @cssprop [--bt-receipt-reference-font=ui-monospace, monospace] - Font of the booking number.
 */
export class BtReceipt extends LitElement {
  static override styles = [hostStyles, receiptStyles];

  /** The booked appointment to show. Nothing renders without one. */
  @property({ attribute: false }) appointment?: Appointment;

  /**
   * The appointment was just moved (by `<bt-appointment-manager>`): the heading says so, and the
   * "change or cancel" section is left to the manager's own buttons around the receipt.
   */
  @property({ type: Boolean }) moved = false;

  /** Link where the citizen can change or cancel; the flow builds it from the manage token. */
  @property({ attribute: 'manage-url' }) manageUrl?: string;

  /** Level of the receipt's heading (its sections get the next level), to fit the host page. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The calendar file's time stamp and the download's clean-up timer (tests move it by hand). */
  @property({ attribute: false }) clock: Clock = systemClock;

  @state() private copyStatus?: 'copied' | 'failed';

  @query('.heading') private headingElement?: HTMLElement | null;

  private readonly localize = new LocalizeController(this);
  private readonly downloads = new CalendarDownloadController(this, () => this.clock);
  private readonly qr = new QrCache();
  private endPrint?: () => void;
  private readonly onAfterPrint = (): void => this.finishPrint();

  /** Moves focus to the heading, so a screen reader announces the booking. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.headingElement?.focus();
  }

  /** Hands the appointment to the browser as an `.ics` download ("Tilføj til kalender"). */
  downloadCalendar(): void {
    const appointment = this.appointment;
    if (!appointment) return;
    // No manage link in the file: it carries the manage token, and calendars sync and share
    // their entries (the server's e-mailed file leaves it out too). The file says to call instead.
    const ics = appointmentToIcs(appointment, {
      texts: icsTexts(this.localize.t),
      lang: this.localize.lang,
      now: this.clock.now(),
    });
    this.downloads.download(ics, icsFileName(appointment));
    this.dispatchEvent(
      new CustomEvent<ReceiptEventDetail>('bt-receipt-download', {
        bubbles: true,
        composed: true,
        detail: appointmentEventDetail(appointment),
      }),
    );
  }

  /** Opens the print dialog for the receipt alone ("Udskriv"). */
  printReceipt(): void {
    const appointment = this.appointment;
    if (!appointment) return;
    this.dispatchEvent(
      new CustomEvent<ReceiptEventDetail>('bt-receipt-print', {
        bubbles: true,
        composed: true,
        detail: appointmentEventDetail(appointment),
      }),
    );
    this.finishPrint();
    this.endPrint = isolateForPrint(this);
    window.addEventListener('afterprint', this.onAfterPrint);
    window.print();
  }

  /** @internal */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finishPrint();
  }

  /** @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('appointment')) this.copyStatus = undefined;
  }

  private finishPrint(): void {
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.endPrint?.();
    this.endPrint = undefined;
  }

  /** The manage link as shown and put in the calendar file: http(s) only, resolved against the page. */
  private get safeManageUrl(): string | undefined {
    return safeHttpUrl(this.manageUrl, document.baseURI);
  }

  private get canCopy(): boolean {
    return typeof navigator.clipboard?.writeText === 'function';
  }

  private async copyReference(): Promise<void> {
    const reference = this.appointment?.reference;
    if (!reference) return;
    try {
      await navigator.clipboard.writeText(reference);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
    }
  }

  /** @internal */
  override render(): TemplateResult | typeof nothing {
    const appointment = this.appointment;
    if (!appointment) return nothing;
    const cancelled = appointment.status === 'cancelled';
    const { t, lang } = this.localize;
    const level = headingLevel(this.headingLevel);
    return html`
      <article class="base" part="base" aria-labelledby="heading">
        <div class="banner ${cancelled ? 'cancelled' : ''}" part="banner">
          ${cancelled ? nothing : this.renderCheckMark()}
          <div>
            ${heading(
              level,
              t(cancelled ? 'receipt:headingCancelled' : this.moved ? 'receipt:headingMoved' : 'receipt:heading'),
              {
                id: 'heading',
                className: 'heading',
                part: 'heading',
                focusTarget: true,
              },
            )}
            ${cancelled ? nothing : html`<p class="intro">${t('receipt:intro')}</p>`}
          </div>
        </div>
        ${this.renderReference(appointment)} ${renderDetails(appointment, t, lang)}
        ${
          cancelled
            ? nothing
            : html`${renderActions(t, { addToCalendar: () => this.downloadCalendar(), print: () => this.printReceipt() })}
              ${renderChecklist(appointment, t, level + 1)} ${renderArrival(appointment, t, level + 1, this.qr)}
              ${this.moved ? nothing : renderManage(appointment, this.safeManageUrl, t, level + 1)}`
        }
      </article>
    `;
  }

  private renderCheckMark(): TemplateResult {
    return html`<svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${svg`<circle cx="12" cy="12" r="11" /><path d="M6.5 12.5l3.5 3.5 7.5-8" />`}
    </svg>`;
  }

  private renderReference(appointment: Appointment): TemplateResult {
    const t = this.localize.t;
    const reference = usableReference(appointment.reference);
    if (!reference) return renderNoReference(appointment, t);
    return html`
      <div class="reference" part="reference" role="group" aria-labelledby="reference-label">
        <span class="reference-label" id="reference-label">${t('receipt:referenceLabel')}</span>
        <span class="reference-row">
          <span class="reference-value" part="reference-value">${reference}</span>
          ${
            this.canCopy
              ? html`<button
                  type="button"
                  class="button secondary copy"
                  part="copy-button"
                  aria-label=${t('receipt:copyLabel')}
                  @click=${this.copyReference}
                >
                  ${t('receipt:copy')}
                </button>`
              : nothing
          }
        </span>
        <span class="copy-status" role="status"
          >${this.copyStatus === 'copied' ? t('receipt:copied') : this.copyStatus === 'failed' ? t('receipt:copyFailed') : ''}</span
        >
      </div>
    `;
  }
}

/**
 * The booking was accepted but no booking number came with it: the citizen is told so, and
 * where to ask (the office's phone), instead of a blank where the number should be.
 */
function renderNoReference(appointment: Appointment, t: TFunction): TemplateResult {
  const { location } = appointment;
  return html`
    <div class="reference" part="reference" role="group" aria-labelledby="reference-label">
      <span class="reference-label" id="reference-label">${t('receipt:referenceLabel')}</span>
      <p class="no-reference">
        ${t('receipt:noReference')}
        ${
          location.phone
            ? html`${t('receipt:noReferenceCall', { location: location.name })}
                <a class="phone" href=${telHref(location.phone)}>${unbroken(location.phone)}</a>.`
            : t('receipt:noReferenceContact', { location: location.name })
        }
      </p>
    </div>
  `;
}
