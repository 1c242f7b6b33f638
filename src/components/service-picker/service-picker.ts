import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { addDays, copenhagenToday } from '../../core/time.js';
import type { Location, Service } from '../../core/types.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { LocalizeController } from '../../controllers/localize.js';
import { hostStyles } from '../../styles/shared.js';
import { summariseOpeningHours } from './opening-hours.js';
import { matchesQuery } from './search.js';
import { servicePickerStyles } from './service-picker.styles.js';

/** What `bt-service-select` carries: the chosen errand and the place to book it at. */
export interface ServiceSelectDetail {
  service: Service;
  location: Location;
}

export type ServiceSelectEvent = CustomEvent<ServiceSelectDetail>;

/** The search field appears once the list is longer than this. */
export const FILTER_THRESHOLD = 6;
/** How far ahead the "no free times soon" hint looks, in days (today included). */
export const LOOKAHEAD_DAYS = 14;
/** Arrow keys move through radios quickly: wait this long before asking for availability. */
const AVAILABILITY_DEBOUNCE_MS = 300;
/** Announce the filter's result count once typing pauses, not on every key. */
const ANNOUNCE_DEBOUNCE_MS = 500;

type Phase = 'no-adapter' | 'loading' | 'ready' | 'error';

interface NoTimesSuggestion {
  serviceId: string;
  locationId: string;
  /** A location that does have free times, when one was found. */
  alternativeId?: string;
}

/** An `aria-describedby` value from the ids that apply, or no attribute when none does. */
function idRefs(...ids: Array<string | false | undefined | null | 0>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/**
 * Lets a citizen find the right errand (and place) before choosing a time: services grouped
 * by category as one native radio group, a place picker when there are several offices, a
 * search field for long lists, and a "Fortsæt" button (the GOV.UK radios-then-continue
 * pattern: moving through radios with the arrow keys never triggers anything).
 *
 * All services share one radio `name`, so the whole list is one tab stop and the arrow keys
 * move across category boundaries (one choice, one group); categories are `<fieldset>`s
 * with the category as `<legend>`, nested in the question's fieldset.
 *
 * @tagname bt-service-picker
 * @summary Choose an errand and a Borgerservice location.
 *
 * @attr lang - Language of the element's texts: `da` (default) or `en`; inherited from ancestors.
 * @attr service - Id of a service to preselect. Unknown ids are ignored (one console warning).
 * @attr location - Id of a location to preselect. Unknown ids are ignored (one console warning).
 *
 * @fires bt-service-select - `{ service, location }` when the citizen presses "Fortsæt"
 *   with a valid choice. Bubbles, composed, cancelable: `preventDefault()` stops the `change`.
 * @fires change - After an uncancelled `bt-service-select`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart locations - The fieldset of locations.
 * @csspart location - One location option; `location-selected` is added when chosen.
 * @csspart location-selected - The chosen location option.
 * @csspart services - The fieldset of all services.
 * @csspart filter - The search field's wrapper.
 * @csspart filter-input - The search `<input>`.
 * @csspart category - One category's fieldset.
 * @csspart category-heading - A category's legend.
 * @csspart service - One service option; `service-selected` is added when chosen.
 * @csspart service-selected - The chosen service option.
 * @csspart badge - The "Kræver MitID-login" badge.
 * @csspart documents-toggle - The "Det skal du medbringe" disclosure button.
 * @csspart documents - The list of documents to bring.
 * @csspart suggestion - The "no free times soon" hint.
 * @csspart error - An error or configuration message.
 * @csspart empty - The message shown when there is nothing to choose.
 * @csspart skeleton - The loading placeholder.
 * @csspart continue - The "Fortsæt" button.
 *
 * @cssprop [--bt-color-primary=#0b5cab] - Accent: radios, selected border, buttons.
 * @cssprop [--bt-color-primary-soft=#e6f0fa] - Background of the selected option.
 * @cssprop [--bt-color-text=#1a1a1a] - Text colour.
 * @cssprop [--bt-color-muted=#555b63] - Secondary text: duration, address, hints.
 * @cssprop [--bt-color-surface=#ffffff] - Option background.
 * @cssprop [--bt-color-surface-alt=#f4f5f7] - Skeleton and badge background.
 * @cssprop [--bt-color-border=#8a9099] - Option and field borders.
 * @cssprop [--bt-color-danger=#b3261e] - Error messages.
 * @cssprop [--bt-focus-color=#1a1a1a] - Focus ring.
 * @cssprop [--bt-radius=6px] - Corner radius.
 * @cssprop [--bt-space=1rem] - Base spacing.
 * @cssprop [--bt-font-family=system-ui] - Font.
 * @cssprop [--bt-picker-option-gap=0.5rem] - Space between options.
 * @cssprop [--bt-picker-radio-size=1.5rem] - Size of the radio buttons.
 * @cssprop [--bt-picker-selected-background=var(--bt-color-primary-soft)] - Background of the chosen option.
 * @cssprop [--bt-picker-badge-background=var(--bt-color-surface-alt)] - Background of the badges.
 */
export class BtServicePicker extends LitElement {
  static override styles = [hostStyles, servicePickerStyles];

  /** Where locations, services and availability come from. Any `BookingAdapter`. */
  @property({ attribute: false }) adapter?: BookingAdapter;

  /** Id of a service to preselect. */
  @property() service?: string;

  /** Id of a location to preselect. */
  @property() location?: string;

  @state() private phase: Phase = 'no-adapter';
  @state() private loadError: unknown;
  @state() private locations: Location[] = [];
  @state() private services: Service[] = [];
  @state() private servicesPhase: 'ready' | 'loading' | 'error' = 'ready';
  @state() private servicesError: unknown;
  @state() private selectedServiceId?: string;
  @state() private selectedLocationId?: string;
  @state() private query = '';
  @state() private announcedCount?: number;
  @state() private openDocuments = new Set<string>();
  @state() private suggestion?: NoTimesSuggestion;
  @state() private notice?: { service: string; location: string };
  @state() private missing: { service: boolean; location: boolean } = { service: false, location: false };

  private readonly localize = new LocalizeController(this);
  private loadController?: AbortController;
  private servicesController?: AbortController;
  private availabilityController?: AbortController;
  private availabilityTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly warned = new Set<string>();
  private readonly domIds = new Map<string, string>();
  private focusAfterUpdate?: () => HTMLElement | null | undefined;

  /** The chosen service, if any. */
  get selectedService(): Service | undefined {
    return this.availableServices.find((service) => service.id === this.selectedServiceId);
  }

  /** The chosen location (the only one, when there is just one). */
  get selectedLocation(): Location | undefined {
    return this.locations.find((location) => location.id === this.selectedLocationId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a disconnect aborted our requests: pick up where we were.
    if (!this.hasUpdated) return;
    if (this.phase === 'loading') void this.load();
    else if (this.phase === 'ready' && this.servicesPhase === 'loading') void this.loadServices();
    else this.scheduleAvailabilityCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
    this.servicesController?.abort();
    this.cancelAvailabilityCheck();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      this.selectedServiceId = undefined;
      this.selectedLocationId = undefined;
      this.suggestion = undefined;
      this.notice = undefined;
      void this.load();
      return;
    }
    if (this.phase !== 'ready') return;
    if (changed.has('location') && this.location) {
      const location = this.preselectedLocation();
      if (location) this.chooseLocation(location.id);
    }
    if (changed.has('service') && this.service && this.servicesPhase === 'ready') {
      this.applyServicePreselect();
    }
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  // ---------------------------------------------------------------------------------------
  // Data
  // ---------------------------------------------------------------------------------------

  /** Loads locations and services in parallel; the Retry button calls this again. */
  private async load(): Promise<void> {
    this.loadController?.abort();
    this.servicesController?.abort();
    this.cancelAvailabilityCheck();
    const adapter = this.adapter;
    if (!adapter) {
      this.phase = 'no-adapter';
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    const { signal } = controller;
    this.phase = 'loading';
    this.servicesPhase = 'ready';

    const wanted = this.selectedLocationId ?? this.location;
    const servicesAt = (locationId: string | undefined) =>
      adapter.getServices(locationId ? { locationId } : {}, { signal });
    try {
      const [locationsResult, servicesResult] = await Promise.allSettled([
        adapter.getLocations({ signal }),
        servicesAt(wanted),
      ]);
      if (signal.aborted) return;
      if (locationsResult.status === 'rejected') throw locationsResult.reason;
      const locations = locationsResult.value;

      let locationId = locations.some((location) => location.id === wanted) ? wanted : undefined;
      if (wanted && !locationId && wanted === this.location) this.warnOnce('location');
      if (locations.length === 1) locationId = locations[0]!.id;

      let services: Service[];
      if (servicesResult.status === 'fulfilled' && (locationId === wanted || wanted === undefined)) {
        services = servicesResult.value;
      } else if (servicesResult.status === 'rejected' && locationId === wanted) {
        throw servicesResult.reason;
      } else {
        // The first request asked for a location that does not exist: ask again.
        services = await servicesAt(locationId);
        if (signal.aborted) return;
      }

      this.locations = locations;
      this.selectedLocationId = locationId;
      this.services = services;
      this.phase = 'ready';
      if (this.selectedServiceId && !this.availableServices.some((s) => s.id === this.selectedServiceId)) {
        this.selectedServiceId = undefined;
      }
      if (!this.selectedServiceId) this.applyServicePreselect();
      this.scheduleAvailabilityCheck();
    } catch (error) {
      if (signal.aborted) return;
      this.loadError = error;
      this.phase = 'error';
    }
  }

  /** Fetches the services of the chosen location (after the citizen changed place). */
  private async loadServices(): Promise<void> {
    this.servicesController?.abort();
    const adapter = this.adapter;
    const locationId = this.selectedLocationId;
    if (!adapter) return;
    const controller = new AbortController();
    this.servicesController = controller;
    this.servicesPhase = 'loading';
    try {
      const services = await adapter.getServices(locationId ? { locationId } : {}, {
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      const before = this.services;
      this.services = services;
      this.servicesPhase = 'ready';
      const chosen = this.selectedServiceId;
      if (chosen && !this.availableServices.some((service) => service.id === chosen)) {
        const previous = before.find((service) => service.id === chosen);
        this.notice = previous && this.selectedLocation
          ? { service: previous.name, location: this.selectedLocation.name }
          : undefined;
        this.selectedServiceId = undefined;
      }
      this.scheduleAvailabilityCheck();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.servicesError = error;
      this.servicesPhase = 'error';
    }
  }

  /** Services on offer at the chosen location (all of them while none is chosen). */
  private get availableServices(): Service[] {
    const locationId = this.selectedLocationId;
    if (!locationId) return this.services;
    return this.services.filter((service) => !service.locationIds || service.locationIds.includes(locationId));
  }

  private preselectedLocation(): Location | undefined {
    const location = this.locations.find((candidate) => candidate.id === this.location);
    if (!location) this.warnOnce('location');
    return location;
  }

  private applyServicePreselect(): void {
    if (!this.service) return;
    if (this.availableServices.some((service) => service.id === this.service)) {
      this.selectService(this.service);
    } else {
      this.warnOnce('service');
    }
  }

  /** Preselection ids come from the page's markup: warn the webmaster once, quietly. */
  private warnOnce(attribute: 'service' | 'location'): void {
    const value = attribute === 'service' ? this.service : this.location;
    const key = `${attribute}\u0000${value}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(
      `borgertid: <bt-service-picker> found no ${attribute} matching its "${attribute}" attribute here; ignoring it.`,
    );
  }

  // ---------------------------------------------------------------------------------------
  // "No free times soon" hint
  // ---------------------------------------------------------------------------------------

  private cancelAvailabilityCheck(): void {
    clearTimeout(this.availabilityTimer);
    this.availabilityController?.abort();
    this.availabilityController = undefined;
  }

  private scheduleAvailabilityCheck(): void {
    this.cancelAvailabilityCheck();
    const service = this.selectedService;
    const location = this.selectedLocation;
    if (
      this.suggestion &&
      (this.suggestion.serviceId !== service?.id || this.suggestion.locationId !== location?.id)
    ) {
      this.suggestion = undefined;
    }
    if (!service || !location || this.locations.length < 2 || !this.adapter || !this.isConnected) return;
    if (this.suggestion) return;
    this.availabilityTimer = setTimeout(
      () => void this.checkAvailability(service, location),
      AVAILABILITY_DEBOUNCE_MS,
    );
  }

  /** A light look ahead: only whether any slot exists, never shown as times. */
  private async checkAvailability(service: Service, location: Location): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    const controller = new AbortController();
    this.availabilityController = controller;
    const { signal } = controller;
    const from = copenhagenToday();
    const to = addDays(from, LOOKAHEAD_DAYS - 1);
    const hasFreeTimes = async (locationId: string) => {
      const availability = await adapter.getAvailability(
        { serviceId: service.id, locationId, from, to },
        { signal },
      );
      return availability.slots.some((slot) => slot.remaining === undefined || slot.remaining > 0);
    };
    try {
      if (await hasFreeTimes(location.id)) return;
      if (signal.aborted) return;
      const others = this.locations.filter(
        (other) => other.id !== location.id && (!service.locationIds || service.locationIds.includes(other.id)),
      );
      const answers = await Promise.allSettled(others.map((other) => hasFreeTimes(other.id)));
      if (signal.aborted) return;
      const alternative = others.find((_, index) => {
        const answer = answers[index];
        return answer?.status === 'fulfilled' && answer.value;
      });
      this.suggestion = { serviceId: service.id, locationId: location.id, alternativeId: alternative?.id };
    } catch {
      // Only a hint: a failed look-ahead must not get in the citizen's way.
    }
  }

  // ---------------------------------------------------------------------------------------
  // Interaction
  // ---------------------------------------------------------------------------------------

  private selectService(id: string): void {
    this.selectedServiceId = id;
    this.missing = { ...this.missing, service: false };
    this.notice = undefined;
    this.scheduleAvailabilityCheck();
  }

  private chooseLocation(id: string): void {
    if (id === this.selectedLocationId) return;
    this.selectedLocationId = id;
    this.missing = { ...this.missing, location: false };
    this.notice = undefined;
    this.suggestion = undefined;
    this.cancelAvailabilityCheck();
    void this.loadServices();
  }

  private onServiceChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.checked) this.selectService(input.value);
  }

  private onLocationChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.checked) this.chooseLocation(input.value);
  }

  private switchToAlternative(id: string): void {
    this.chooseLocation(id);
    this.focusAfterUpdate = () => this.radioFor('location', id);
  }

  private toggleDocuments(serviceId: string): void {
    const open = new Set(this.openDocuments);
    if (open.has(serviceId)) open.delete(serviceId);
    else open.add(serviceId);
    this.openDocuments = open;
  }

  private onDocumentsKeydown(event: KeyboardEvent, serviceId: string): void {
    if (event.key !== 'Escape' || !this.openDocuments.has(serviceId)) return;
    // Handled here: a dialog around the widget must not close on the same key press.
    event.preventDefault();
    event.stopPropagation();
    this.toggleDocuments(serviceId);
  }

  private onFilterInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcedCount = this.query.trim() ? this.filteredServices.length : undefined;
    }, ANNOUNCE_DEBOUNCE_MS);
  }

  private clearFilter(): void {
    this.query = '';
    this.announcedCount = undefined;
    clearTimeout(this.announceTimer);
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  private retry(): void {
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.base');
    void this.load();
  }

  private retryServices(): void {
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.base');
    void this.loadServices();
  }

  private continue(): void {
    const service = this.selectedService;
    const location = this.selectedLocation;
    this.missing = { location: !location, service: !service };
    if (!location) {
      this.focusAfterUpdate = () => this.firstRadio('location');
      return;
    }
    if (!service) {
      this.focusAfterUpdate = () => this.firstRadio('service');
      return;
    }
    const event: ServiceSelectEvent = new CustomEvent('bt-service-select', {
      detail: { service, location },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private radioFor(group: 'service' | 'location', id: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${this.domId(group, id)}`);
  }

  /** The radio a Tab into the group would land on: the checked one, else the first. */
  private firstRadio(group: 'service' | 'location'): HTMLInputElement | null {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)];
    return radios.find((radio) => radio.checked) ?? radios[0] ?? null;
  }

  /** Ids from the backend may hold any character: map them to safe, stable DOM ids. */
  private domId(kind: string, id: string): string {
    const key = `${kind}\u0000${id}`;
    let domId = this.domIds.get(key);
    if (!domId) {
      domId = `${kind}-${this.domIds.size + 1}`;
      this.domIds.set(key, domId);
    }
    return domId;
  }

  // ---------------------------------------------------------------------------------------
  // Formatting
  // ---------------------------------------------------------------------------------------

  private categoryLabel(category: string): string {
    if (!category || /[.:]/.test(category)) return category;
    return this.localize.t(`picker:categories.${category}`, { defaultValue: category });
  }

  private formatFee(service: Service): string {
    const t = this.localize.t;
    if (!service.fee) return t('common:free');
    const locale = this.localize.lang === 'da' ? 'da-DK' : 'en-GB';
    const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(service.fee);
    return t('common:fee', { amount });
  }

  private get filterShown(): boolean {
    return this.availableServices.length > FILTER_THRESHOLD;
  }

  private get filteredServices(): Service[] {
    const services = this.availableServices;
    const query = this.query.trim();
    if (!query || !this.filterShown) return services;
    return services.filter((service) =>
      matchesQuery(
        [service.name, service.description, service.category, this.categoryLabel(service.category)].join(' '),
        query,
      ),
    );
  }

  // ---------------------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize.t;
    return html`
      <div class="base" part="base" tabindex="-1" aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>
        ${this.phase === 'no-adapter'
          ? html`<p class="alert" part="error">${t('picker:noAdapter')}</p>`
          : this.phase === 'loading'
            ? this.renderSkeleton(true)
            : this.phase === 'error'
              ? this.renderError(this.loadError, () => this.retry())
              : this.renderReady()}
        <div class="visually-hidden" role="status">${this.renderAnnouncement()}</div>
      </div>
    `;
  }

  private renderAnnouncement(): string {
    const t = this.localize.t;
    if (this.phase === 'loading') return t('picker:loadingServices');
    if (this.servicesPhase === 'loading' && this.selectedLocation) {
      return t('picker:loadingLocationServices', { location: this.selectedLocation.name });
    }
    if (this.announcedCount === undefined || !this.filterShown) return '';
    return this.announcedCount === 0
      ? t('picker:filterEmpty', { query: this.query.trim() })
      : t('picker:filterResults', { count: this.announcedCount });
  }

  private renderSkeleton(withLegend: boolean): TemplateResult {
    return html`
      <div class="skeleton-list" part="skeleton" aria-hidden="true">
        ${withLegend ? html`<div class="skeleton skeleton-legend"></div>` : nothing}
        <div class="skeleton skeleton-heading"></div>
        ${[0, 1, 2, 3].map(() => html`<div class="skeleton skeleton-option"></div>`)}
        <div class="skeleton skeleton-button"></div>
      </div>
    `;
  }

  private renderError(error: unknown, retry: () => void): TemplateResult {
    const t = this.localize.t;
    return html`
      <div class="alert error" part="error" role="alert">
        <p>${errorMessage(error, t)}</p>
        <button type="button" class="button secondary" @click=${retry}>${t('common:retry')}</button>
      </div>
    `;
  }

  private renderReady(): TemplateResult {
    const t = this.localize.t;
    if (!this.locations.length || (!this.services.length && this.locations.length < 2)) {
      return html`<p class="empty" part="empty">${t('picker:empty')}</p>`;
    }
    return html`
      ${this.locations.length > 1 ? this.renderLocations() : nothing}
      <div class="services-region" aria-busy=${this.servicesPhase === 'loading' ? 'true' : 'false'}>
        ${this.servicesPhase === 'loading'
          ? this.renderSkeleton(false)
          : this.servicesPhase === 'error'
            ? this.renderError(this.servicesError, () => this.retryServices())
            : this.renderServices()}
      </div>
      <div class="notices" role="status">${this.renderNotice()}${this.renderSuggestion()}</div>
      ${this.servicesPhase === 'ready' && this.availableServices.length
        ? html`<button type="button" class="button continue" part="continue" @click=${this.continue}>
            ${t('picker:continue')}
          </button>`
        : nothing}
    `;
  }

  private renderLocations(): TemplateResult {
    const t = this.localize.t;
    const lang = this.localize.lang;
    const errorId = 'locations-error';
    return html`
      <fieldset
        class="group locations ${this.missing.location ? 'invalid' : ''}"
        part="locations"
        aria-describedby=${this.missing.location ? errorId : nothing}
      >
        <legend class="group-legend">${t('picker:locationsLegend')}</legend>
        ${this.missing.location ? this.renderMissing(errorId, t('picker:errorChooseLocation')) : nothing}
        <div class="options">
          ${repeat(
            this.locations,
            (location) => location.id,
            (location) => {
              const id = this.domId('location', location.id);
              const selected = location.id === this.selectedLocationId;
              const hours = summariseOpeningHours(location.openingHours ?? [], lang, t);
              const describedBy = idRefs(`${id}-address`, `${id}-hours`, location.accessibilityNote && `${id}-access`);
              return html`
                <div class="option ${selected ? 'selected' : ''}" part=${selected ? 'location location-selected' : 'location'}>
                  <input
                    type="radio"
                    name="location"
                    id=${id}
                    .value=${location.id}
                    .checked=${live(selected)}
                    aria-describedby=${describedBy}
                    @change=${this.onLocationChange}
                  />
                  <label for=${id} class="option-label"><span class="option-name">${location.name}</span></label>
                  <div class="option-details">
                    <p id="${id}-address">
                      ${t('picker:address', {
                        street: location.address?.street ?? '',
                        postalCode: location.address?.postalCode ?? '',
                        city: location.address?.city ?? '',
                      })}
                    </p>
                    <div id="${id}-hours" class="hours">
                      <span class="hours-label">${t('picker:openingHoursLabel')}:</span>
                      <span class="hours-lines" aria-hidden="true">
                        ${hours.lines.map(
                          (line) =>
                            html`<span class="hours-line"
                              >${line.days}
                              ${line.ranges.map(
                                (range, index) =>
                                  html`${index ? hours.join : ''}<span class="nowrap">${range}</span>`,
                              )}</span
                            >`,
                        )}
                      </span>
                      <span class="visually-hidden">${hours.spoken}</span>
                    </div>
                    ${location.accessibilityNote
                      ? html`<p id="${id}-access" class="access">${location.accessibilityNote}</p>`
                      : nothing}
                  </div>
                </div>
              `;
            },
          )}
        </div>
      </fieldset>
    `;
  }

  private renderServices(): TemplateResult {
    const t = this.localize.t;
    const available = this.availableServices;
    if (!available.length) {
      const location = this.selectedLocation;
      return html`<p class="empty" part="empty">
        ${location && this.locations.length > 1
          ? t('picker:emptyAtLocation', { location: location.name })
          : t('picker:empty')}
      </p>`;
    }
    const services = this.filteredServices;
    const categories = new Map<string, Service[]>();
    for (const service of services) {
      const list = categories.get(service.category) ?? [];
      list.push(service);
      categories.set(service.category, list);
    }
    const errorId = 'services-error';
    return html`
      <fieldset
        class="group services ${this.missing.service ? 'invalid' : ''}"
        part="services"
        aria-describedby=${this.missing.service ? errorId : nothing}
      >
        <legend class="group-legend">${t('picker:servicesLegend')}</legend>
        ${this.missing.service ? this.renderMissing(errorId, t('picker:errorChooseService')) : nothing}
        ${this.filterShown ? this.renderFilter(services.length) : nothing}
        ${repeat(
          categories,
          ([category]) => category,
          ([category, list]) => html`
            <fieldset class="category" part="category">
              <legend class="category-legend" part="category-heading">${this.categoryLabel(category)}</legend>
              <div class="options">${repeat(list, (service) => service.id, (service) => this.renderService(service))}</div>
            </fieldset>
          `,
        )}
      </fieldset>
    `;
  }

  private renderMissing(id: string, message: string): TemplateResult {
    return html`<p class="field-error" id=${id}>
      <span class="visually-hidden">${this.localize.t('picker:errorPrefix')}</span> ${message}
    </p>`;
  }

  private renderFilter(found: number): TemplateResult {
    const t = this.localize.t;
    const query = this.query.trim();
    return html`
      <div class="filter" part="filter">
        <label for="filter" class="filter-label">${t('picker:filterLabel')}</label>
        <p id="filter-hint" class="hint">${t('picker:filterHint')}</p>
        <input
          id="filter"
          class="input"
          type="search"
          part="filter-input"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="filter-hint"
          .value=${live(this.query)}
          @input=${this.onFilterInput}
        />
      </div>
      ${query && found === 0
        ? html`<div class="filter-empty" part="empty">
            <p>${t('picker:filterEmpty', { query })}</p>
            <button type="button" class="button secondary" @click=${this.clearFilter}>${t('picker:filterClear')}</button>
          </div>`
        : nothing}
    `;
  }

  private renderService(service: Service): TemplateResult {
    const t = this.localize.t;
    const id = this.domId('service', service.id);
    const selected = service.id === this.selectedServiceId;
    const documents = service.documentsToBring ?? [];
    const open = this.openDocuments.has(service.id);
    const onlyAt = this.onlyAtText(service);
    const describedBy = idRefs(
      service.description && `${id}-description`,
      service.requiresLogin && `${id}-login`,
      onlyAt && `${id}-only`,
    );
    return html`
      <div class="option ${selected ? 'selected' : ''}" part=${selected ? 'service service-selected' : 'service'}>
        <input
          type="radio"
          name="service"
          id=${id}
          .value=${service.id}
          .checked=${live(selected)}
          aria-describedby=${describedBy}
          @change=${this.onServiceChange}
        />
        <label for=${id} class="option-label">
          <span class="option-name"
            ><span class="service-name" id="${id}-name">${service.name}</span><span class="pause">,</span></span
          >
          <span class="option-meta">
            <span>${t('common:minutes', { count: service.durationMinutes })}<span class="pause">,</span></span>
            <span class="dot" aria-hidden="true">·</span>
            <span>${this.formatFee(service)}</span>
          </span>
        </label>
        <div class="option-details">
          ${service.description
            ? html`<p class="description" id="${id}-description">${service.description}</p>`
            : nothing}
          ${service.requiresLogin || onlyAt
            ? html`<p class="badges">
                ${service.requiresLogin
                  ? html`<span class="badge" part="badge" id="${id}-login">${t('picker:requiresLogin')}</span>`
                  : nothing}
                ${onlyAt ? html`<span class="badge only" id="${id}-only">${onlyAt}</span>` : nothing}
              </p>`
            : nothing}
          ${documents.length
            ? html`
                <button
                  type="button"
                  class="disclosure"
                  part="documents-toggle"
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls="${id}-documents"
                  aria-describedby="${id}-name"
                  @click=${() => this.toggleDocuments(service.id)}
                  @keydown=${(event: KeyboardEvent) => this.onDocumentsKeydown(event, service.id)}
                >
                  <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />
                  </svg>
                  <span>${t('picker:documents', { count: documents.length })}</span>
                </button>
                <ul class="documents" part="documents" id="${id}-documents" ?hidden=${!open}>
                  ${documents.map((document) => html`<li>${document}</li>`)}
                </ul>
              `
            : nothing}
        </div>
      </div>
    `;
  }

  /** "Kun hos Borgerservice Centrum" while no place is chosen and the errand is not everywhere. */
  private onlyAtText(service: Service): string | undefined {
    if (this.selectedLocationId || this.locations.length < 2 || !service.locationIds) return undefined;
    const names = this.locations
      .filter((location) => service.locationIds!.includes(location.id))
      .map((location) => location.name);
    if (!names.length || names.length === this.locations.length) return undefined;
    const list = new Intl.ListFormat(this.localize.lang, { type: 'disjunction' }).format(names);
    return this.localize.t('picker:onlyAt', { location: list });
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (!this.notice) return nothing;
    return html`<p class="notice">${this.localize.t('picker:serviceNotAtLocation', this.notice)}</p>`;
  }

  private renderSuggestion(): TemplateResult | typeof nothing {
    const suggestion = this.suggestion;
    if (
      !suggestion ||
      suggestion.serviceId !== this.selectedServiceId ||
      suggestion.locationId !== this.selectedLocationId ||
      this.servicesPhase !== 'ready'
    ) {
      return nothing;
    }
    const t = this.localize.t;
    const here = this.locations.find((location) => location.id === suggestion.locationId);
    const alternative = this.locations.find((location) => location.id === suggestion.alternativeId);
    if (!here) return nothing;
    return html`
      <div class="suggestion" part="suggestion">
        <p>
          ${t('picker:noTimesSoon', { location: here.name, count: LOOKAHEAD_DAYS })}
          ${alternative ? t('picker:otherHasTimes', { location: alternative.name }) : nothing}
        </p>
        ${alternative
          ? html`<button
              type="button"
              class="button secondary"
              @click=${() => this.switchToAlternative(alternative.id)}
            >
              ${t('picker:switchTo', { location: alternative.name })}
            </button>`
          : nothing}
      </div>
    `;
  }
}
