import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TFunction } from 'i18next';
import type { CatalogueController } from '../../controllers/catalogue.js';
import type { BookingAdapter } from '../../core/adapter.js';
import type { Location, Service } from '../../core/types.js';
import { feeText } from '../../i18n/fee.js';
import { idRefs, type DomIds } from './dom-ids.js';
import { renderDocuments } from './documents.js';
import { renderMissing } from './states.js';

export interface ServiceListView {
  t: TFunction;
  lang: string;
  /** The services to list (after the filter), in the backend's order. */
  services: readonly Service[];
  selectedId?: string;
  /** "Continue" was pressed without an errand: say so at the question. */
  missing: boolean;
  /** The search field, when the list is long enough for one. */
  filter: TemplateResult | typeof nothing;
  openDocuments: ReadonlySet<string>;
  ids: DomIds;
  categoryLabel: (category: string) => string;
  /** "Kun hos Borgerservice Centrum", when the errand is not offered everywhere. */
  onlyAt: (service: Service) => string | undefined;
  /** The backend cannot sign in: login-only errands are shown as unavailable, with the office's phone. */
  loginUnavailable: { phone: string | undefined } | undefined;
  onChange: (event: Event) => void;
  onToggleDocuments: (serviceId: string) => void;
}

/**
 * "Hvad skal du bestille tid til?": every service in one radio group (one tab stop; the arrow
 * keys cross category boundaries), each category a fieldset with its name as the legend.
 */
export function renderServices(view: ServiceListView): TemplateResult {
  const { t, missing } = view;
  const categories = new Map<string, Service[]>();
  for (const service of view.services) {
    const list = categories.get(service.category) ?? [];
    list.push(service);
    categories.set(service.category, list);
  }
  const errorId = 'services-error';
  return html`
    <fieldset class="group services ${missing ? 'invalid' : ''}" part="services" aria-describedby=${missing ? errorId : nothing}>
      <legend class="group-legend">${t('picker:servicesLegend')}</legend>
      ${missing ? renderMissing(errorId, t('picker:errorChooseService'), t) : nothing} ${view.filter}
      ${repeat(
        categories,
        ([category]) => category,
        ([category, list]) => html`
          <fieldset class="category" part="category">
            <legend class="category-legend" part="category-heading">${view.categoryLabel(category)}</legend>
            <div class="options">
              ${repeat(
                list,
                (service) => service.id,
                (service) => renderService(view, service),
              )}
            </div>
          </fieldset>
        `,
      )}
    </fieldset>
  `;
}

/** One errand: the radio named "Pas – fornyelse, 15 minutter, 727 kr.", described by its details. */
function renderService(view: ServiceListView, service: Service): TemplateResult {
  const { t } = view;
  const id = view.ids.of('service', service.id);
  const unavailable = !isBookableHere(service, view.loginUnavailable);
  const selected = service.id === view.selectedId && !unavailable;
  const onlyAt = view.onlyAt(service);
  const describedBy = idRefs(
    service.description && `${id}-description`,
    service.requiresLogin && `${id}-login`,
    unavailable && `${id}-unavailable`,
    onlyAt && `${id}-only`,
  );
  const part = selected ? 'service service-selected' : unavailable ? 'service service-unavailable' : 'service';
  return html`
    <div class="option ${selected ? 'selected' : ''} ${unavailable ? 'unavailable' : ''}" part=${part}>
      <input
        type="radio"
        name="service"
        id=${id}
        .value=${service.id}
        .checked=${live(selected)}
        ?disabled=${unavailable}
        aria-describedby=${describedBy}
        @change=${view.onChange}
      />
      <label for=${id} class="option-label">
        <span class="option-name"
          ><span class="service-name" id="${id}-name">${service.name}</span><span class="pause">,</span></span
        >
        <span class="option-meta">
          <span>${t('common:minutes', { count: service.durationMinutes })}<span class="pause">,</span></span>
          <span class="dot" aria-hidden="true">·</span>
          <span>${feeText(service.fee, t, view.lang)}</span>
        </span>
      </label>
      <div class="option-details">
        ${service.description ? html`<p class="description" id="${id}-description">${service.description}</p>` : nothing}
        ${
          service.requiresLogin || onlyAt
            ? html`<p class="badges">
                ${
                  service.requiresLogin
                    ? html`<span class="badge" part="badge" id="${id}-login">${t('picker:requiresLogin')}</span>`
                    : nothing
                }
                ${onlyAt ? html`<span class="badge only" id="${id}-only">${onlyAt}</span>` : nothing}
              </p>`
            : nothing
        }
        ${unavailable ? renderUnavailable(t, `${id}-unavailable`, view.loginUnavailable?.phone) : nothing}
        ${renderDocuments({
          t,
          id,
          documents: service.documentsToBring ?? [],
          open: view.openDocuments.has(service.id),
          onToggle: () => view.onToggleDocuments(service.id),
        })}
      </div>
    </div>
  `;
}

/** Whether the citizen can book the errand on this backend: a login-only errand needs one that signs in. */
export function isBookableHere(service: Service, loginUnavailable: { phone: string | undefined } | undefined): boolean {
  return !(service.requiresLogin && loginUnavailable);
}

/**
 * On a backend without sign-in, login-only errands cannot be booked here: the phone to call
 * instead is the chosen office's, else the first office's that has one.
 */
export function loginUnavailableOn(
  adapter: BookingAdapter | undefined,
  office: Location | undefined,
  offices: readonly Location[],
): { phone: string | undefined } | undefined {
  if (!adapter || adapter.auth) return undefined;
  return { phone: office?.phone ?? offices.find((candidate) => candidate.phone)?.phone };
}

/** Why a login-only errand cannot be chosen, and who to call instead. */
function renderUnavailable(t: TFunction, id: string, phone: string | undefined): TemplateResult {
  return html`<p class="unavailable-reason" part="service-unavailable-reason" id=${id}>
    ${t('picker:loginUnavailable')} ${phone ? t('picker:loginUnavailablePhone', { phone }) : t('picker:loginUnavailableContact')}
  </p>`;
}

/** "Kun hos Borgerservice Centrum": for an errand that some of several offices do not offer. */
export function onlyAtText(service: Service, catalogue: CatalogueController, lang: string, t: TFunction): string | undefined {
  const offering = catalogue.locationsOffering(service.id);
  const offices = catalogue.locations.length;
  if (offices < 2 || !offering.length || offering.length === offices) return undefined;
  const list = new Intl.ListFormat(lang, { type: 'disjunction' }).format(offering.map((location) => location.name));
  return t('picker:onlyAt', { location: list });
}
