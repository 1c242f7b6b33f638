import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../controllers/booking-error.js';
import type { Location, Service } from '../../core/types.js';
import { LOOKAHEAD_DAYS, type CatalogueController } from '../../controllers/catalogue.js';

/** What the status region says while offices or an office's services load. */
export function loadingText(catalogue: CatalogueController, location: Location | undefined, t: TFunction): string {
  if (catalogue.status === 'loading') return t('picker:loadingServices');
  if (catalogue.servicesStatus === 'loading' && location) {
    return t('picker:loadingLocationServices', { location: location.name });
  }
  return '';
}

/** The loading placeholder: the list's footprint, so nothing jumps when it arrives. */
export function renderSkeleton(withLegend: boolean): TemplateResult {
  return html`
    <div class="skeleton-list" part="skeleton" aria-hidden="true">
      ${withLegend ? html`<div class="skeleton skeleton-legend"></div>` : nothing}
      <div class="skeleton skeleton-heading"></div>
      ${[0, 1, 2, 3].map(() => html`<div class="skeleton skeleton-option"></div>`)}
      <div class="skeleton skeleton-button"></div>
    </div>
  `;
}

/** A failed load, in the citizen's words, with "Prøv igen" (and whom to ring, when known). */
export function renderError(error: unknown, t: TFunction, retry: () => void, phone: string | undefined): TemplateResult {
  return html`
    <div class="alert error" part="error" role="alert">
      <p>${errorMessage(error, t, { phone })}</p>
      <button type="button" class="button secondary" @click=${retry}>${t('common:retry')}</button>
    </div>
  `;
}

/** The message under a question the citizen left unanswered (named by the fieldset's aria-describedby). */
export function renderMissing(id: string, message: string, t: TFunction): TemplateResult {
  return html`<p class="field-error" id=${id}><span class="visually-hidden">${t('picker:errorPrefix')}</span> ${message}</p>`;
}

export function renderEmpty(text: string): TemplateResult {
  return html`<p class="empty" part="empty">${text}</p>`;
}

/**
 * "Borgerservice Centrum har ingen ledige tider de næste 14 dage", and where there are some;
 * only while the answer is about the current choice.
 */
export function renderSuggestion(
  catalogue: CatalogueController,
  service: Service | undefined,
  chosen: Location | undefined,
  t: TFunction,
  switchTo: (locationId: string) => void,
): TemplateResult | typeof nothing {
  const suggestion = catalogue.noTimesSoon;
  if (!suggestion || suggestion.serviceId !== service?.id || suggestion.locationId !== chosen?.id) return nothing;
  const here = catalogue.location(suggestion.locationId);
  const alternative = catalogue.location(suggestion.alternativeId);
  if (!here) return nothing;
  return html`
    <div class="suggestion" part="suggestion">
      <p>
        ${t('picker:noTimesSoon', { location: here.name, count: LOOKAHEAD_DAYS })}
        ${alternative ? t('picker:otherHasTimes', { location: alternative.name }) : nothing}
      </p>
      ${
        alternative
          ? html`<button type="button" class="button secondary" @click=${() => switchTo(alternative.id)}>
              ${t('picker:switchTo', { location: alternative.name })}
            </button>`
          : nothing
      }
    </div>
  `;
}
