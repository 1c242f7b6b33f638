import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  appointmentEventDetail,
  slotFromDetail,
  type AppointmentEventDetail,
  type SlotSelectDetail,
} from '../../core/appointment-event.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { booleanDefaultTrue } from '../../core/attribute-converters.js';
import { systemClock, type Clock } from '../../core/clock.js';
import type { Credentials } from '../../core/manage-flow.js';
import type { Appointment } from '../../core/types.js';
import { safeHttpUrl } from '../../core/url.js';
import { AdapterSource } from '../../controllers/adapter-source.js';
import { AppointmentsController, type ManageViewEffect } from '../../controllers/appointments.js';
import { LocalizeController } from '../../controllers/localize.js';
import { ModalDialogController } from '../../controllers/modal-dialog.js';
import { flowTextStyles, hostStyles } from '../../styles/shared.js';
import { headingLevel } from '../../templates/heading.js';
import { RECEIPT_PARTS } from '../booking/booking-parts.js';
import { renderConfigError } from '../booking/config-error.js';
import { renderAppointment, renderActions, renderBack } from './appointment-view.js';
import { managerStyles } from './appointment-manager.styles.js';
import { renderCancelDialog } from './cancel-dialog.js';
import { renderChangeErrand } from './change-errand-view.js';
import { renderList } from './list-view.js';
import { renderLookup, type LookupErrors } from './lookup-view.js';
import { appointmentTime, HEADING_ID, type ManagerView } from './manager-view.js';
import { renderMove } from './move-view.js';
import { manageLinkTemplate, readManageFragment } from './manage-link.js';

/** Where a manage link's reference and token are kept in the history entry's state. */
const KEPT_LINK = 'borgertid:manage-link';

interface KeptLink {
  reference?: string;
  token?: string;
}

function keptLink(state: unknown): (KeptLink & { cleanUrl?: undefined }) | undefined {
  const kept = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[KEPT_LINK] : undefined;
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { reference, token } = kept as Record<string, unknown>;
  const link: KeptLink = {};
  if (typeof reference === 'string' && reference) link.reference = reference;
  if (typeof token === 'string' && token) link.token = token;
  return link.reference || link.token ? link : undefined;
}

/** What `bt-cancelled` carries (never the token, a CPR number or a name). */
export type CancelledDetail = AppointmentEventDetail;

/** What `bt-rescheduled` carries: the appointment's new times and the ones it left. */
export interface RescheduledDetail extends AppointmentEventDetail {
  previousStart: string;
  previousEnd: string;
}

/**
 * "Ændr eller aflys": the citizen comes back to find, move or cancel a booking. Opened by the
 * confirmation's link (`reference` and `token`, or `from-url` to read them from the page's
 * `#fragment`), by a lookup form, or — signed in — from "Mine aftaler". A move is one
 * `reschedule` call, never a cancel first; a failure midway leaves the appointment as it was,
 * shown and said. Cancelling asks first, in a modal dialog with focus on "keep". Changing errand
 * embeds `<bt-booking>` at the same office (register it too: `borgertid/define/bt-booking`);
 * the old appointment is cancelled only after its `bt-booked`, which also bubbles out.
 *
 * The flow is `core/manage-flow` (a pure transition); `AppointmentsController` runs it against
 * the backend; this element turns DOM events into flow events and renders.
 *
 * The manage token is a secret for one appointment. Put it in a link's fragment
 * (`…/min-tid#reference=BT-7K3Q9M&token=…`), which browsers never send to servers; with
 * `from-url` the element takes it from there and removes it from the address bar.
 *
 * @tagname bt-appointment-manager
 * @summary Find, move or cancel a booked appointment.
 *
 * @attr api - Base URL of the booking REST API; creates a `RestAdapter` (registered by `borgertid/define/bt-appointment-manager`). The `adapter` property wins.
 * @attr lang - `da` (default) or `en`; inherited from ancestors.
 * @attr heading-level - Level of the top heading (default 2); sections and the calendar go one lower.
 * @attr reference - Booking reference to open, e.g. `BT-7K3Q9M` (with `token`, or for a signed-in citizen).
 * @attr token - The appointment's manage token. Prefer `from-url`: an attribute ends up in the page's HTML.
 * @attr from-url - Read `reference` and `token` from the page's `#reference=…&token=…` and remove them from the address bar.
 * @attr booking-url - Where "Bestil en ny tid" sends the citizen after a cancellation (http(s), relative allowed).
 * @attr phone - The municipality's phone number, offered with failures the citizen cannot fix when the office has none.
 * @attr timeout - How long (ms) any backend call may take before the citizen is told and offered a retry (default 20000).
 * @attr privacy-url - Link to the municipality's privacy notice, shown with the details form when the citizen books a new errand here.
 * @attr sms-offered - `"false"` when the backend sends no SMS reminders (for a new errand booked here, as on `<bt-booking>`).
 *
 * @fires bt-rescheduled - `{ reference, serviceId, locationId, start, end, previousStart, previousEnd }` after a move. Bubbles, composed.
 * @fires bt-cancelled - `{ reference, serviceId, locationId, start, end }` after a cancellation. Bubbles, composed.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The current view's heading.
 * @csspart lookup - The lookup form; `label`, `input` and `error` its fields, `lookup-button` its button.
 * @csspart label - A lookup field's label.
 * @csspart input - A lookup field.
 * @csspart error - A lookup field's error message.
 * @csspart lookup-button - "Find min tid".
 * @csspart signin - The sign-in offer under the lookup form; `signin-button` its button.
 * @csspart signin-button - "Log ind med MitID".
 * @csspart session - "Du er logget ind som …".
 * @csspart appointments - The list in "Mine aftaler"; `appointment-item` each entry, `open-button` its button.
 * @csspart appointment-item - One appointment in the list.
 * @csspart open-button - "Se, ændr eller aflys" on a listed appointment.
 * @csspart details - The appointment's facts.
 * @csspart documents - "Det skal du medbringe".
 * @csspart actions - The group of "Ændr tidspunkt", "Aflys" and "Skift ærinde".
 * @csspart move-button - "Ændr tidspunkt".
 * @csspart cancel-button - "Aflys".
 * @csspart change-errand-button - "Skift ærinde".
 * @csspart back-button - "Tilbage til Mine aftaler" / "Find en anden bestilling".
 * @csspart notice - A message (not found, slot taken, failed move, refused cancellation).
 * @csspart retry - A notice's "Prøv igen".
 * @csspart cancelled - The cancelled appointment's note; `book-new` its link.
 * @csspart book-new - "Bestil en ny tid" after a cancellation.
 * @csspart current-time - The current time, named above the move calendar.
 * @csspart confirm-move - The chosen new time; `confirm-move-button` its button.
 * @csspart confirm-move-button - "Flyt min tid".
 * @csspart keep-button - "Behold min nuværende tid" / "Tilbage til din tid".
 * @csspart change-steps - The two steps of changing errand.
 * @csspart new-booking - The embedded `<bt-booking>` for the new errand (style inside it through its own tokens).
 * @csspart moved-from - "Flyttet fra …" after a move.
 * @csspart dialog - The cancel confirmation `<dialog>`.
 * @csspart keep-appointment-button - "Nej, behold tiden".
 * @csspart confirm-cancel-button - "Ja, aflys tiden".
 * @csspart config-error - Shown when neither `api` nor `adapter` is set, or `api` is no valid URL.
 * @csspart calendar - `<bt-slot-calendar>`'s base; each of its parts as `calendar-<part>`.
 * @csspart receipt - `<bt-receipt>`'s base after a move; each of its parts as `receipt-<part>`.
 *
 * @cssprop [--bt-appointment-manager-max-width=48rem] - Widest the manager grows.
 * @cssprop [--bt-appointment-manager-dialog-width=32rem] - Width of the cancel dialog.
 * @cssprop [--bt-appointment-manager-backdrop=rgb(0 0 0 / 0.5)] - The dialog's backdrop.
 * @cssprop [--bt-appointment-manager-reference-font=ui-monospace, monospace] - Font of the booking number.
 */
export class BtAppointmentManager extends LitElement {
  static override styles = [hostStyles, flowTextStyles, managerStyles];

  /** The backend: any `BookingAdapter`. Wins over `api`. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;

  /** Base URL of the booking REST API. */
  @property() api: string | undefined;

  /** Level of the top heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Booking reference to open. */
  @property() reference: string | undefined;

  /** Manage token of the appointment to open. */
  @property() token: string | undefined;

  /** Read `reference` and `token` from the page's fragment, then remove them from the address bar. */
  @property({ attribute: 'from-url', type: Boolean }) fromUrl = false;

  /** Where "Bestil en ny tid" goes. */
  @property({ attribute: 'booking-url' }) bookingUrl: string | undefined;

  /** The municipality's phone number, offered ("Du kan også ringe …") with failures the citizen cannot fix when the office has none. */
  @property() phone: string | undefined;

  /** Link to the privacy notice, for the details form of a new errand booked here ("Skift ærinde"). */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | undefined;

  /** Whether the backend sends SMS reminders, for a new errand booked here. */
  @property({ attribute: 'sms-offered', converter: booleanDefaultTrue }) smsOffered = true;

  /**
   * The deadline (ms) of every backend call; unset, the default (20 s). The controller reads it
   * when it wraps the adapter with `checkedAdapter`; the move calendar and the new errand's
   * booking get it too.
   */
  @property({ type: Number }) timeout: number | undefined;

  /** The clock for "past", the calendar's "today" and the timers. Defaults to the device's. */
  @property({ attribute: false }) clock: Clock = systemClock;

  @state() private lookupErrors: LookupErrors = {};

  @query('dialog') private dialog?: HTMLDialogElement | null;

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterSource(() => this.localize.lang);
  private readonly flow = new AppointmentsController(this, {
    onViewEffect: (effect) => this.applyViewEffect(effect),
  });
  private readonly cancelDialog = new ModalDialogController(this, {
    dialog: () => this.dialog,
    mayClose: () => this.flow.state.busy?.kind !== 'cancel',
    // Closed by Escape or the browser: the citizen keeps the appointment.
    onClosed: () => void this.flow.send({ type: 'keep-appointment' }),
    returnFocus: () => this.afterDialogFocus(),
  });
  private focusAfterUpdate: string | undefined;

  /** The adapter in use: `adapter`, else one for `api`, else none. */
  get currentAdapter(): BookingAdapter | undefined {
    return this.adapters.resolve(this.adapter, this.api);
  }

  /** The open appointment, as the backend last answered it. */
  get appointment(): Appointment | undefined {
    return this.flow.state.appointment;
  }

  /** @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fromUrl') && this.fromUrl) this.takeFromUrl();
    if (changed.has('adapter') || changed.has('api') || changed.has('reference') || changed.has('token')) {
      const adapter = this.currentAdapter;
      if (adapter !== this.flow.backend || changed.has('reference') || changed.has('token'))
        this.flow.start(adapter, this.credentials());
    }
    // `lang` (own or an ancestor's) changed: the appointment or list on screen is asked for again.
    this.flow.followLanguage();
    this.syncCancelDialog();
  }

  /**
   * Opens or closes the cancel dialog to match the flow. Done before rendering, so the dialog's
   * own state change joins this update (from `updated()` it scheduled a second one each time).
   */
  private syncCancelDialog(): void {
    const confirming = this.flow.state.confirmingCancel;
    if (confirming && !this.cancelDialog.open) {
      void this.cancelDialog.show().then(() => this.renderRoot.querySelector<HTMLElement>('[data-keep-appointment]')?.focus());
    } else if (!confirming && this.cancelDialog.open) {
      this.cancelDialog.requestClose(true);
    }
  }

  /** @internal */
  protected override updated(): void {
    if (!this.currentAdapter && this.adapters.invalidApi === undefined) this.adapters.noteMissing(this.localName);
    const selector = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (selector === 'receipt') void this.renderRoot.querySelector('bt-receipt')?.focusHeading();
    else if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private credentials(): Credentials | undefined {
    const reference = this.reference?.trim();
    if (!reference) return undefined;
    const token = this.token?.trim();
    return token ? { reference, token } : { reference };
  }

  /**
   * Takes the link's reference and token from the fragment and leaves the rest of the address as
   * it was. The token must not stay in the address bar or a bookmark; it is kept in this history
   * entry's state (never sent to a server, gone with the tab), so a reload still opens the booking.
   */
  private takeFromUrl(): void {
    const link = readManageFragment(window.location.href) ?? keptLink(history.state);
    if (!link) return;
    if (link.reference) this.reference = link.reference;
    if (link.token) this.token = link.token;
    const kept: KeptLink = { reference: link.reference, token: link.token };
    const state = typeof history.state === 'object' && history.state !== null ? history.state : {};
    history.replaceState({ ...state, [KEPT_LINK]: kept }, '', link.cleanUrl ?? window.location.href);
  }

  private afterDialogFocus(): HTMLElement | null | undefined {
    const state = this.flow.state;
    if (state.notice) return this.renderRoot.querySelector<HTMLElement>('.notice[tabindex]');
    if (state.appointment?.status === 'cancelled') return this.renderRoot.querySelector<HTMLElement>(`#${HEADING_ID}`);
    return this.renderRoot.querySelector<HTMLElement>('[data-ask-cancel]');
  }

  private focusSoon(selector: string): void {
    this.focusAfterUpdate = selector;
    this.requestUpdate();
  }

  private applyViewEffect(effect: ManageViewEffect): void {
    switch (effect.type) {
      case 'focus':
        this.focusSoon(
          effect.target === 'notice'
            ? '.notice[tabindex]'
            : effect.target === 'confirm-move'
              ? '[data-confirm-move]'
              : effect.target === 'receipt'
                ? 'receipt'
                : `#${HEADING_ID}`,
        );
        return;
      case 'refresh-calendar':
        void this.updateComplete.then(() => this.renderRoot.querySelector('bt-slot-calendar')?.refresh());
        return;
      case 'rescheduled': {
        const detail: RescheduledDetail = Object.freeze({
          ...appointmentEventDetail(effect.appointment),
          previousStart: effect.previous.start,
          previousEnd: effect.previous.end,
        });
        this.dispatchEvent(new CustomEvent<RescheduledDetail>('bt-rescheduled', { detail, bubbles: true, composed: true }));
        return;
      }
      case 'cancelled':
        this.dispatchEvent(
          new CustomEvent<CancelledDetail>('bt-cancelled', {
            detail: appointmentEventDetail(effect.appointment),
            bubbles: true,
            composed: true,
          }),
        );
        return;
    }
  }

  // ---- DOM events → flow events ---------------------------------------------------------

  private readonly onLookupSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const reference = String(data.get('reference') ?? '').trim();
    const token = String(data.get('token') ?? '').trim();
    const needsToken = !this.flow.state.session;
    this.lookupErrors = { reference: !reference, token: needsToken && !token };
    if (!reference || (needsToken && !token)) {
      this.focusSoon(!reference ? '#lookup-reference' : '#lookup-token');
      return;
    }
    this.flow.send({ type: 'look-up', reference, ...(token ? { token } : {}) });
  };

  /** Only the new errand's booking lets the flow cancel the old appointment. */
  private readonly onNewBooked = (event: CustomEvent<AppointmentEventDetail>): void => {
    this.flow.send({ type: 'new-booked', booking: event.detail });
  };

  private readonly onSlotSelect = (event: CustomEvent<SlotSelectDetail>): void => {
    if (this.flow.send({ type: 'choose-slot', slot: slotFromDetail(event.detail) }).refused) event.preventDefault();
  };

  // ---- rendering ------------------------------------------------------------------------

  /** @internal */
  protected override render(): TemplateResult {
    const t = this.localize.t;
    const adapter = this.currentAdapter;
    if (!adapter) {
      return html`<section class="base" part="base" aria-label=${t('manager:title')}>
        ${renderConfigError(t, 'manager', this.adapters.invalidApi, this.phone)}
      </section>`;
    }
    const state = this.flow.state;
    const view: ManagerView = {
      state,
      t,
      lang: this.localize.lang,
      level: headingLevel(this.headingLevel),
      clock: this.clock,
      timeout: this.timeout,
      phone: this.phone,
      privacyUrl: this.privacyUrl,
      smsOffered: this.smsOffered,
      manageUrl: this.fromUrl ? manageLinkTemplate(window.location.href) : undefined,
      bookingUrl: safeHttpUrl(this.bookingUrl, document.baseURI),
      send: (event) => void this.flow.send(event),
    };
    // Starting covers opening a link; a list on its way for the first time has nothing to show yet.
    const loading = state.view === 'starting' || (state.busy?.kind === 'list' && !state.appointments);
    // Changing errand embeds a booking whose receipt has its own "Ændr eller aflys" section: the
    // region is named for the task then, so the two landmarks can be told apart.
    const label = t(state.view === 'change-errand' ? 'manager:changeErrand.heading' : 'manager:title');
    return html`
      <section class="base" part="base" aria-label=${label} aria-busy=${loading ? 'true' : 'false'}>
        ${loading ? html`<p class="status" role="status">${t(state.busy?.kind === 'list' ? 'manager:list.loading' : 'manager:loading')}</p>` : this.renderView(view, adapter)}
        ${renderCancelDialog(view, this.cancelDialog)}
      </section>
    `;
  }

  private renderView(view: ManagerView, adapter: BookingAdapter): TemplateResult | typeof nothing {
    switch (view.state.view) {
      case 'starting':
        return nothing;
      case 'lookup':
        return renderLookup({ ...view, errors: this.lookupErrors, onSubmit: this.onLookupSubmit });
      case 'list':
        return renderList(view);
      case 'appointment':
        return renderAppointment(view);
      case 'move':
        return renderMove({ ...view, adapter, onSlotSelect: this.onSlotSelect as (event: CustomEvent) => void });
      case 'change-errand':
        return renderChangeErrand({ ...view, adapter, onBooked: this.onNewBooked });
      case 'moved':
        return this.renderMoved(view);
    }
  }

  /** The receipt again, with a fresh calendar file and QR code, and the time it moved from. */
  private renderMoved(view: ManagerView): TemplateResult {
    const { state, t, lang } = view;
    const appointment = state.appointment;
    return html`
      <bt-receipt
        lang=${lang}
        .appointment=${appointment}
        .clock=${this.clock}
        moved
        heading-level=${view.level}
        exportparts=${RECEIPT_PARTS}
      ></bt-receipt>
      ${state.previous ? html`<p class="moved-from" part="moved-from">${t('manager:moved.from', { time: appointmentTime(state.previous, lang) })}</p>` : nothing}
      ${appointment ? renderActions(view, appointment) : nothing} ${renderBack(view)}
    `;
  }
}
