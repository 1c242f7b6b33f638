import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { appointmentToIcs, icsFileName } from '../../core/ics.js';
import { qrMatrix, qrSize, qrSvgPath, qrViewBox } from '../../core/qr.js';
import { copenhagenDate, formatDateTimeRange, formatLongDate, formatTime, formatTimeWithPrefix } from '../../core/time.js';
import type { Appointment } from '../../core/types.js';
import { LocalizeController } from '../../controllers/localize.js';
import { hostStyles } from '../../styles/shared.js';
import { heading, headingLevel } from '../../templates/heading.js';
import { icsTexts } from './ics-texts.js';
import { isolateForPrint } from './print-isolation.js';
import { receiptStyles } from './receipt.styles.js';

/** What `bt-receipt-download` and `bt-receipt-print` carry. */
export interface ReceiptEventDetail {
  appointment: Appointment;
}

export type ReceiptDownloadEvent = CustomEvent<ReceiptEventDetail>;
export type ReceiptPrintEvent = CustomEvent<ReceiptEventDetail>;

/**
 * How long the calendar file's blob URL lives after the click. The download starts
 * asynchronously (Firefox and Safari read the URL after the click returns), so revoking at
 * once can cancel it; the blob is a few kilobytes, so waiting costs nothing.
 */
export const CALENDAR_URL_LIFETIME_MS = 30_000;

/** Only http(s) links, resolved against the page, become the manage link (never `javascript:`). */
function safeHttpUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link: digits and a leading +; eight-digit Danish numbers get +45. */
function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${/^\d{8}$/.test(digits) ? `+45${digits}` : digits}`;
}

/**
 * The booking receipt: what the citizen sees once the appointment is booked. The reference
 * (large, with a copy button), the errand, place, date and time in Copenhagen, a checklist of
 * what to bring, the fee, what to do on arrival with a QR code to scan at the entrance, how to
 * change or cancel, and buttons to add the appointment to a calendar (.ics) and to print.
 *
 * The QR code carries the booking reference alone (e.g. `BT-7K3Q9M`): a kiosk scanner types
 * it like a keyboard, and it gives nobody who photographs the receipt any power over the
 * booking. No CPR number is shown or put anywhere; backend texts are rendered as text.
 *
 * Printing from the "Udskriv" button prints the receipt alone: a constructable stylesheet
 * (CSP-safe) hides the rest of the page during that print only. Printing the page by other
 * means prints the page, with the receipt's buttons hidden.
 *
 * @tagname bt-receipt
 * @summary The booking receipt, with calendar file, print and QR code.
 *
 * @attr lang - Language of the element's texts: `da` (default) or `en`; inherited from ancestors.
 * @attr manage-url - Link where the citizen can change or cancel (http or https).
 *
 * @fires bt-receipt-download - `{ appointment }` after the calendar file is handed to the
 *   browser. Bubbles, composed. For analytics.
 * @fires bt-receipt-print - `{ appointment }` just before the print dialog opens. Bubbles,
 *   composed. For analytics.
 *
 * @csspart base - The wrapper around everything.
 * @csspart banner - The success banner holding the heading.
 * @csspart heading - The "Din tid er booket" heading.
 * @csspart reference - The booking number block.
 * @csspart reference-value - The booking number itself.
 * @csspart copy-button - The "Kopiér" button (only where the Clipboard API is available).
 * @csspart details - The list of errand, person, date, time, place and price.
 * @csspart documents - The "Det skal du medbringe" section.
 * @csspart checklist - The list of checkboxes of things to bring.
 * @csspart arrival - The "Når du kommer" section.
 * @csspart qr - The QR code `<svg>`.
 * @csspart manage - The "Ændre eller aflyse" section.
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
 * @cssprop [--bt-receipt-max-width=48rem] - Widest the receipt grows.
 * @cssprop [--bt-receipt-qr-size=10rem] - Side of the QR code on screen.
 * @cssprop [--bt-receipt-reference-font=ui-monospace, monospace] - Font of the booking number.
 */
export class BtReceipt extends LitElement {
  static override styles = [hostStyles, receiptStyles];

  /** The booked appointment to show. Nothing renders without one. */
  @property({ attribute: false }) appointment?: Appointment;

  /** Link where the citizen can change or cancel; the flow builds it from the manage token. */
  @property({ attribute: 'manage-url' }) manageUrl?: string;

  /** Level of the receipt's heading (its sections get the next level), to fit the host page. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  @state() private copyStatus?: 'copied' | 'failed';

  @query('.heading') private headingElement?: HTMLElement | null;

  private readonly localize = new LocalizeController(this);
  private qrCache?: { text: string; matrix: boolean[][]; path: string };
  private endPrint?: () => void;
  private readonly onAfterPrint = (): void => this.finishPrint();
  private readonly pendingUrls = new Map<string, ReturnType<typeof setTimeout>>();

  /** Moves focus to the heading, so a screen reader announces the booking. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.headingElement?.focus();
  }

  /** Hands the appointment to the browser as an `.ics` download ("Tilføj til kalender"). */
  downloadCalendar(): void {
    const appointment = this.appointment;
    if (!appointment) return;
    const ics = appointmentToIcs(appointment, {
      texts: icsTexts(this.localize.t),
      lang: this.localize.lang,
      manageUrl: this.resolvedManageUrl,
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(appointment);
    link.hidden = true;
    // Firefox only follows a click on a connected link.
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    this.pendingUrls.set(
      url,
      setTimeout(() => this.revokeUrl(url), CALENDAR_URL_LIFETIME_MS),
    );
    this.dispatchEvent(
      new CustomEvent<ReceiptEventDetail>('bt-receipt-download', {
        bubbles: true,
        composed: true,
        detail: { appointment },
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
        detail: { appointment },
      }),
    );
    this.finishPrint();
    this.endPrint = isolateForPrint(this);
    window.addEventListener('afterprint', this.onAfterPrint);
    window.print();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finishPrint();
    for (const url of [...this.pendingUrls.keys()]) this.revokeUrl(url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('appointment')) this.copyStatus = undefined;
  }

  private finishPrint(): void {
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.endPrint?.();
    this.endPrint = undefined;
  }

  private revokeUrl(url: string): void {
    clearTimeout(this.pendingUrls.get(url));
    this.pendingUrls.delete(url);
    URL.revokeObjectURL(url);
  }

  private get resolvedManageUrl(): string | undefined {
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

  private qrFor(text: string): { matrix: boolean[][]; path: string } {
    if (this.qrCache?.text !== text) {
      const matrix = qrMatrix(text);
      this.qrCache = { text, matrix, path: qrSvgPath(matrix) };
    }
    return this.qrCache;
  }

  // ---------------------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------------------

  override render(): TemplateResult | typeof nothing {
    const appointment = this.appointment;
    if (!appointment) return nothing;
    const cancelled = appointment.status === 'cancelled';
    const t = this.localize.t;
    return html`
      <article class="base" part="base" aria-labelledby="heading">
        <div class="banner ${cancelled ? 'cancelled' : ''}" part="banner">
          ${cancelled ? nothing : this.renderCheckMark()}
          <div>
            ${heading(this.level, t(cancelled ? 'receipt:headingCancelled' : 'receipt:heading'), {
              id: 'heading',
              className: 'heading',
              part: 'heading',
              focusTarget: true,
            })}
            ${cancelled ? nothing : html`<p class="intro">${t('receipt:intro')}</p>`}
          </div>
        </div>
        ${this.renderReference(appointment)} ${this.renderDetails(appointment)}
        ${cancelled
          ? nothing
          : html`${this.renderActions()} ${this.renderDocuments(appointment)} ${this.renderArrival(appointment)}
            ${this.renderManage(appointment)}`}
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
    return html`
      <div class="reference" part="reference">
        <span class="reference-label">${t('receipt:referenceLabel')}</span>
        <span class="reference-row">
          <span class="reference-value" part="reference-value">${appointment.reference}</span>
          ${this.canCopy
            ? html`<button
                type="button"
                class="button secondary copy"
                part="copy-button"
                aria-label=${t('receipt:copyLabel')}
                @click=${this.copyReference}
              >
                ${t('receipt:copy')}
              </button>`
            : nothing}
        </span>
        <span class="copy-status" role="status"
          >${this.copyStatus === 'copied'
            ? t('receipt:copied')
            : this.copyStatus === 'failed'
              ? t('receipt:copyFailed')
              : ''}</span
        >
      </div>
    `;
  }

  private renderDetails(appointment: Appointment): TemplateResult {
    const { t, lang } = this.localize;
    const { service, location } = appointment;
    const startDate = copenhagenDate(appointment.start);
    const sameDay = startDate === copenhagenDate(appointment.end);
    const time = sameDay
      ? t('receipt:timeRange', {
          start: formatTimeWithPrefix(appointment.start, lang),
          end: formatTime(appointment.end, lang),
        })
      : formatDateTimeRange(appointment.start, appointment.end, lang);
    const fee =
      service.fee !== undefined && service.fee > 0
        ? t('common:fee', { amount: new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB').format(service.fee) })
        : t('common:free');
    return html`
      <dl class="details" part="details">
        <div>
          <dt>${t('receipt:service')}</dt>
          <dd class="service">${service.name}</dd>
        </div>
        ${appointment.citizenName
          ? html`<div>
              <dt>${t('receipt:bookedFor')}</dt>
              <dd class="citizen">${appointment.citizenName}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${t('receipt:date')}</dt>
          <dd class="date">${formatLongDate(startDate, lang)}</dd>
        </div>
        <div>
          <dt>${t('receipt:time')}</dt>
          <dd class="time">
            ${time} <span class="duration">(${t('common:minutes', { count: service.durationMinutes })})</span>
          </dd>
        </div>
        <div class="place">
          <dt>${t('receipt:place')}</dt>
          <dd>
            <span class="location-name">${location.name}</span>
            <span class="street">${location.address.street}</span>
            <span class="city">${location.address.postalCode} ${location.address.city}</span>
          </dd>
        </div>
        ${location.accessibilityNote
          ? html`<div>
              <dt>${t('receipt:accessibility')}</dt>
              <dd class="accessibility">${location.accessibilityNote}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${t('receipt:price')}</dt>
          <dd class="fee">${fee}</dd>
        </div>
      </dl>
    `;
  }

  private renderDocuments(appointment: Appointment): TemplateResult {
    const t = this.localize.t;
    const documents = appointment.service.documentsToBring;
    return html`
      <section class="documents" part="documents" aria-labelledby="documents-heading">
        ${heading(this.level + 1, t('receipt:documentsHeading'), { id: 'documents-heading', className: 'section-heading' })}
        ${documents.length === 0
          ? html`<p>${t('receipt:documentsNone')}</p>`
          : html`
              <p class="hint">${t('receipt:documentsHint')}</p>
              <ul class="checklist" part="checklist">
                ${repeat(
                  documents,
                  (item, index) => `${appointment.reference}\u0000${index}\u0000${item}`,
                  (item, index) => html`
                    <li>
                      <input type="checkbox" id=${`document-${index}`} />
                      <label for=${`document-${index}`}>${item}</label>
                    </li>
                  `,
                )}
              </ul>
            `}
      </section>
    `;
  }

  private renderArrival(appointment: Appointment): TemplateResult {
    const t = this.localize.t;
    const { matrix, path } = this.qrFor(appointment.reference);
    const size = qrSize(matrix);
    return html`
      <section class="arrival" part="arrival" aria-labelledby="arrival-heading">
        ${heading(this.level + 1, t('receipt:arrivalHeading'), { id: 'arrival-heading', className: 'section-heading' })}
        <div class="arrival-body">
          <p>${t('receipt:arrival')}</p>
          <svg
            class="qr"
            part="qr"
            role="img"
            aria-label=${t('receipt:qrLabel', { reference: appointment.reference })}
            viewBox=${qrViewBox(matrix)}
            shape-rendering="crispEdges"
          >
            ${svg`<rect width=${size} height=${size} fill="#ffffff" /><path d=${path} fill="#000000" />`}
          </svg>
        </div>
      </section>
    `;
  }

  private renderManage(appointment: Appointment): TemplateResult {
    const t = this.localize.t;
    const manageUrl = this.resolvedManageUrl;
    const { location } = appointment;
    let content: TemplateResult;
    if (manageUrl) {
      content = html`<p><a class="manage-link" part="manage-link" href=${manageUrl}>${t('receipt:manageLink')}</a></p>`;
    } else if (location.phone) {
      content = html`<p>
        ${t('receipt:managePhone', { location: location.name })}
        <a class="phone" href=${telHref(location.phone)}>${location.phone}</a>.
      </p>`;
    } else {
      content = html`<p>${t('receipt:manageContact', { location: location.name })}</p>`;
    }
    return html`
      <section class="manage" part="manage" aria-labelledby="manage-heading">
        ${heading(this.level + 1, t('receipt:manageHeading'), { id: 'manage-heading', className: 'section-heading' })}
        ${content}
      </section>
    `;
  }

  private renderActions(): TemplateResult {
    const t = this.localize.t;
    return html`
      <div class="actions" part="actions" role="group" aria-label=${t('receipt:actionsLabel')}>
        <button type="button" class="button" part="calendar-button" @click=${this.downloadCalendar}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            ${svg`<rect x="3.5" y="5" width="17" height="15" rx="2" /><path d="M3.5 10h17M8 3v4M16 3v4M12 12.5v5M9.5 15h5" />`}
          </svg>
          ${t('receipt:addToCalendar')}
        </button>
        <button type="button" class="button secondary" part="print-button" @click=${this.printReceipt}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            ${svg`<path d="M7 9V3.5h10V9M7 17H4.5V10.5a1.5 1.5 0 0 1 1.5-1.5h12a1.5 1.5 0 0 1 1.5 1.5V17H17" /><rect x="7" y="14" width="10" height="6.5" />`}
          </svg>
          ${t('receipt:print')}
        </button>
      </div>
    `;
  }
}
