import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { systemClock, type Clock } from '../../core/clock.js';
import type { Location, Service } from '../../core/types.js';
import { serviceSelectDetail, type ServiceSelectDetail } from '../../core/appointment-event.js';
import ownCategories from '../../i18n/locales/da/picker.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { CatalogueController } from '../../controllers/catalogue.js';
import { LocalizeController } from '../../controllers/localize.js';
import { hostStyles } from '../../styles/shared.js';
import { DomIds } from './dom-ids.js';
import { renderLocations } from './location-list.js';
import { filterServices } from './search.js';
import { renderFilter } from './service-filter.js';
import { isBookableHere, loginUnavailableOn, onlyAtText, renderServices } from './service-list.js';
import { servicePickerStyles } from './service-picker.styles.js';
import { loadingText, renderEmpty, renderError, renderSkeleton, renderSuggestion } from './states.js';

export { LOOKAHEAD_DAYS } from '../../controllers/catalogue.js';

export type { ServiceSelectDetail } from '../../core/appointment-event.js';

export type ServiceSelectEvent = CustomEvent<ServiceSelectDetail>;

/** The search field appears once the list is longer than this. */
export const FILTER_THRESHOLD = 6;
/** Announce the filter's result count once typing pauses, not on every key. */
const ANNOUNCE_DEBOUNCE_MS = 500;

/**
 * Lets a citizen find the right errand (and place) before choosing a time: services grouped
 * by category as one native radio group, a place picker when there are several offices, a
 * search field for long lists, and a "Fortsæt" button (the GOV.UK radios-then-continue
 * pattern: moving through radios with the arrow keys never triggers anything).
 *
 * All services share one radio `name`, so the whole list is one tab stop and the arrow keys
 * move across category boundaries (one choice, one group); categories are `<fieldset>`s
 * with the category as `<legend>`, nested in the question's fieldset. The picker draws no
 * headings: its questions are legends, so it has no `heading-level`.
 *
 * Offices, errands and the "no free times soon" look-ahead come from a `CatalogueController`.
 *
 * @tagname bt-service-picker
 * @summary Choose an errand and a Borgerservice location.
 *
 * @attr lang - Language of the element's texts: `da` (default) or `en`; inherited from ancestors.
 * @attr service - Id of a service to preselect. Unknown ids are ignored (one console warning).
 * @attr location - Id of a location to preselect. Unknown ids are ignored (one console warning).
 *
 * @attr timeout - Deadline in ms for each call to the adapter (then a message and "Prøv igen"); default 20 000.
 * @attr phone - A phone number for citizens when the backend fails and the chosen office has none.
 *
 * @fires bt-service-select - `{ serviceId, locationId }` when the citizen presses "Fortsæt"
 *   with a valid choice; the objects are `selectedService` / `selectedLocation`. Bubbles,
 *   composed, cancelable: `preventDefault()` stops the `change`.
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
 * @csspart empty - The message shown when there is nothing to choose (or the filter finds nothing).
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
 * @cssprop [--bt-service-picker-option-gap=0.5rem] - Space between options.
 * @cssprop [--bt-service-picker-radio-size=1.5rem] - Size of the radio buttons.
 * @cssprop [--bt-service-picker-selected-background=var(--bt-color-primary-soft)] - Background of the chosen option.
 * @cssprop [--bt-service-picker-badge-background=var(--bt-color-surface-alt)] - Background of the badges.
 */
export class BtServicePicker extends LitElement {
  static override styles = [hostStyles, servicePickerStyles];

  /** Where locations, services and availability come from. Any `BookingAdapter`. */
  @property({ attribute: false }) adapter?: BookingAdapter;

  /** Id of a service to preselect. */
  @property() service?: string;

  /** Id of a location to preselect. */
  @property() location?: string;

  /** Time and timers: "today" for the look-ahead, its debounce and the filter's announcement. */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** Deadline in milliseconds for each adapter call; read by the catalogue when it loads. */
  @property({ type: Number }) timeout?: number;

  /** Whom a citizen can ring when the backend fails: used when the chosen office has no `phone`. */
  @property() phone?: string;

  @state() private chosenServiceId?: string;
  @state() private chosenLocationId?: string;
  @state() private query = '';
  @state() private openDocuments = new Set<string>();
  @state() private notice?: { service: string; location: string };
  @state() private missing = { service: false, location: false };

  private readonly localize = new LocalizeController(this);
  private readonly catalogue = new CatalogueController(this, () => this.clock);
  private readonly announcer = new AnnouncerController(this, () => this.clock);
  private readonly ids = new DomIds();
  private readonly warned = new Set<string>();
  /** The catalogue's lists as last reconciled with the choice (see `reconcile`). */
  private seen: { locations?: Location[]; services?: Service[] } = {};
  /** The language the filter's result count was last announced in. */
  private countAnnouncedIn?: string;
  /** The language the catalogue was last asked in: backend texts (names, addresses) come in it. */
  private loadedIn?: string;
  private focusAfterUpdate?: () => HTMLElement | null | undefined;

  /** The chosen service, if any. */
  get selectedService(): Service | undefined {
    return this.availableServices.find((service) => service.id === this.chosenServiceId);
  }

  /** The chosen location (the only one, when there is just one). */
  get selectedLocation(): Location | undefined {
    const locations = this.catalogue.locations;
    return locations.length === 1 ? locations[0] : this.catalogue.location(this.chosenLocationId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const catalogue = this.catalogue;
    const lang = this.localize.lang;
    if (changed.has('adapter')) {
      this.chosenServiceId = this.chosenLocationId = this.notice = undefined;
      this.loadedIn = lang;
      void catalogue.load(this.adapter, { locationId: this.location });
    } else if (lang !== this.loadedIn && catalogue.status !== 'idle') {
      // Names, descriptions and addresses come from the backend in the page's language: ask
      // again, for the chosen office, and keep the choice (ids do not change with language).
      this.loadedIn = lang;
      this.notice = undefined;
      void catalogue.load(this.adapter, { locationId: this.selectedLocation?.id ?? this.location });
    }
    const servicesReady = catalogue.status === 'ready' && catalogue.servicesStatus === 'ready';
    if (servicesReady) this.reconcile();
    if (catalogue.status === 'ready' && changed.has('location') && this.location) {
      if (catalogue.location(this.location)) this.chooseLocation(this.location);
      else this.warnOnce('location');
    }
    if (servicesReady && changed.has('service') && this.service) this.applyServicePreselect();
    if (this.countAnnouncedIn && this.countAnnouncedIn !== this.localize.lang) this.announceCount(0);
    catalogue.lookAhead(servicesReady && this.isConnected ? this.selectedService?.id : undefined, this.selectedLocation?.id);
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /** Brings the choice in line with lists that just arrived: a first load, or another office's services. */
  private reconcile(): void {
    const { locations, services } = this.catalogue;
    if (services === this.seen.services) return;
    const before = this.seen;
    this.seen = { locations, services };
    if (locations !== before.locations) {
      if (this.location && !this.catalogue.location(this.location)) this.warnOnce('location');
      this.chosenLocationId = this.catalogue.scope;
      if (!this.chosenServiceId) this.applyServicePreselect();
      return;
    }
    const chosen = this.chosenServiceId;
    if (chosen && !this.availableServices.some((service) => service.id === chosen)) {
      const previous = before.services?.find((service) => service.id === chosen);
      const location = this.selectedLocation;
      this.notice = previous && location ? { service: previous.name, location: location.name } : undefined;
      this.chosenServiceId = undefined;
    }
  }

  /** Services on offer at the chosen location (all of them while none is chosen). */
  private get availableServices(): Service[] {
    const location = this.selectedLocation;
    return location ? this.catalogue.servicesAt(location.id) : this.catalogue.services;
  }

  private applyServicePreselect(): void {
    if (!this.service) return;
    const preselected = this.availableServices.find((service) => service.id === this.service);
    if (!preselected) return this.warnOnce('service');
    if (isBookableHere(preselected, loginUnavailableOn(this.adapter, this.selectedLocation, this.catalogue.locations)))
      this.selectService(preselected.id);
    // The errand is there, but needs a sign-in this backend does not offer (the flow tells the citizen).
    else this.warnOnce('service', 'names an errand that needs a sign-in (MitID) this backend does not offer');
  }

  /** Preselection ids come from the page's markup: warn the webmaster once, quietly. */
  private warnOnce(attribute: 'service' | 'location', why = `matches no ${attribute} here`): void {
    const key = `${attribute}\u0000${attribute === 'service' ? this.service : this.location}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`borgertid: <bt-service-picker>'s "${attribute}" attribute ${why}; ignoring it.`);
  }

  private selectService(id: string): void {
    this.chosenServiceId = id;
    this.missing = { ...this.missing, service: false };
    this.notice = undefined;
  }

  private chooseLocation(id: string): void {
    if (id === this.selectedLocation?.id) return;
    this.chosenLocationId = id;
    this.missing = { ...this.missing, location: false };
    this.notice = undefined;
    this.announcer.silence();
    this.countAnnouncedIn = undefined;
    void this.catalogue.loadServices(id);
  }

  private readonly onRadioChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    if (input.name === 'location') this.chooseLocation(input.value);
    else this.selectService(input.value);
  };

  private readonly switchToAlternative = (id: string): void => {
    this.chooseLocation(id);
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLInputElement>(`#${this.ids.of('location', id)}`);
  };

  private readonly toggleDocuments = (serviceId: string): void => {
    const open = new Set(this.openDocuments);
    if (open.has(serviceId)) open.delete(serviceId);
    else open.add(serviceId);
    this.openDocuments = open;
  };

  private readonly onFilterInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.announceCount(ANNOUNCE_DEBOUNCE_MS);
  };

  /** "2 ydelser fundet" once typing pauses; said again in a newly chosen language. */
  private announceCount(delay: number): void {
    const query = this.query.trim();
    if (!query || !this.filterShown) {
      this.countAnnouncedIn = undefined;
      this.announcer.silence();
      return;
    }
    const t = this.localize.t;
    const count = this.filteredServices.length;
    this.countAnnouncedIn = this.localize.lang;
    this.announcer.announce(count ? t('picker:filterResults', { count }) : t('picker:filterEmpty', { query }), {
      topic: 'filter',
      delay,
    });
  }

  private readonly clearFilter = (): void => {
    this.query = '';
    this.countAnnouncedIn = undefined;
    this.announcer.silence();
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  };

  private readonly retry = (): void => {
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.base');
    void this.catalogue.retry();
  };

  private continue(): void {
    const service = this.selectedService;
    const location = this.selectedLocation;
    this.missing = { location: !location, service: !service };
    if (!location || !service) {
      this.focusAfterUpdate = () => this.firstRadio(location ? 'service' : 'location');
      return;
    }
    const event: ServiceSelectEvent = new CustomEvent('bt-service-select', {
      detail: serviceSelectDetail(service.id, location.id),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The radio a Tab into the group would land on: the checked one, else the first. */
  private firstRadio(group: 'service' | 'location'): HTMLInputElement | null {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)];
    return radios.find((radio) => radio.checked) ?? radios[0] ?? null;
  }

  /**
   * Our own category codes ("pas") get their translated name; any other category is the
   * backend's text, shown as it is: it never reaches `t()`, where "{{lng}}" or "$t(retry)" in
   * it would be run as a template.
   */
  private readonly categoryLabel = (category: string): string =>
    Object.hasOwn(ownCategories.categories, category) ? this.localize.t(`picker:categories.${category}`) : category;

  /** "Kun hos Borgerservice Centrum" while no place is chosen and the errand is not everywhere. */
  private readonly onlyAt = (service: Service): string | undefined =>
    this.selectedLocation ? undefined : onlyAtText(service, this.catalogue, this.localize.lang, this.localize.t);

  /** The chosen office's phone, else the one the page gave. */
  private get ringPhone(): string | undefined {
    return this.selectedLocation?.phone ?? this.phone;
  }

  private get filterShown(): boolean {
    return this.availableServices.length > FILTER_THRESHOLD;
  }

  private get filteredServices(): Service[] {
    return this.filterShown ? filterServices(this.availableServices, this.query, this.categoryLabel) : this.availableServices;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t;
    const status = this.catalogue.status;
    return html`
      <div class="base" part="base" tabindex="-1" aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${
          status === 'idle'
            ? html`<p class="alert" part="error">${t('picker:noAdapter')}</p>`
            : status === 'loading'
              ? renderSkeleton(true)
              : status === 'error'
                ? renderError(this.catalogue.error, t, this.retry, this.ringPhone)
                : this.renderReady()
        }
        <div class="visually-hidden" role="status">${loadingText(this.catalogue, this.selectedLocation, t)}</div>
        ${this.announcer.region()}
      </div>
    `;
  }

  private renderReady(): TemplateResult {
    const t = this.localize.t;
    const { locations, services, servicesStatus } = this.catalogue;
    if (!locations.length || (!services.length && locations.length < 2)) return renderEmpty(t('picker:empty'));
    return html`
      ${
        locations.length > 1
          ? renderLocations({
              t,
              lang: this.localize.lang,
              locations,
              selectedId: this.selectedLocation?.id,
              missing: this.missing.location,
              ids: this.ids,
              onChange: this.onRadioChange,
            })
          : nothing
      }
      <div class="services-region" aria-busy=${servicesStatus === 'loading' ? 'true' : 'false'}>
        ${
          servicesStatus === 'loading'
            ? renderSkeleton(false)
            : servicesStatus === 'error'
              ? renderError(this.catalogue.servicesError, t, this.retry, this.ringPhone)
              : this.renderServiceList()
        }
      </div>
      <div class="notices" role="status">
        ${this.notice ? html`<p class="notice">${t('picker:serviceNotAtLocation', this.notice)}</p>` : nothing}
        ${
          servicesStatus === 'ready'
            ? renderSuggestion(this.catalogue, this.selectedService, this.selectedLocation, t, this.switchToAlternative)
            : nothing
        }
      </div>
      ${
        servicesStatus === 'ready' && this.availableServices.length
          ? html`<button type="button" class="button continue" part="continue" @click=${this.continue}>
              ${t('picker:continue')}
            </button>`
          : nothing
      }
    `;
  }

  private renderServiceList(): TemplateResult {
    const t = this.localize.t;
    if (!this.availableServices.length) {
      const location = this.selectedLocation;
      return renderEmpty(
        location && this.catalogue.locations.length > 1
          ? t('picker:emptyAtLocation', { location: location.name })
          : t('picker:empty'),
      );
    }
    const services = this.filteredServices;
    return renderServices({
      t,
      lang: this.localize.lang,
      services,
      selectedId: this.chosenServiceId,
      missing: this.missing.service,
      filter: this.filterShown
        ? renderFilter({ t, query: this.query, found: services.length, onInput: this.onFilterInput, onClear: this.clearFilter })
        : nothing,
      openDocuments: this.openDocuments,
      ids: this.ids,
      categoryLabel: this.categoryLabel,
      onlyAt: this.onlyAt,
      // Login-only errands are shown but not selectable when the backend cannot sign in.
      loginUnavailable: loginUnavailableOn(this.adapter, this.selectedLocation, this.catalogue.locations),
      onChange: this.onRadioChange,
      onToggleDocuments: this.toggleDocuments,
    });
  }
}
