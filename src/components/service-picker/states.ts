import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../controllers/booking-error.js';
import type { Location } from '../../core/types.js';
import { LOOKAHEAD_DAYS, type NoTimesSoon } from '../../controllers/catalogue.js';

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

/** A failed load, in the citizen's words, with "Prøv igen". */
export function renderError(error: unknown, t: TFunction, retry: () => void): TemplateResult {
  return html`
    <div class="alert error" part="error" role="alert">
      <p>${errorMessage(error, t)}</p>
      <button type="button" class="button secondary" @click=${retry}>${t('common:retry')}</button>
    </div>
  `;
}

/** The message under a question the citizen left unanswered (named by the fieldset's aria-describedby). */
export function renderMissing(id: string, message: string, t: TFunction): TemplateResult {
  return html`<p class="field-error" id=${id}>
    <span class="visually-hidden">${t('picker:errorPrefix')}</span> ${message}
  </p>`;
}

export function renderEmpty(text: string): TemplateResult {
  return html`<p class="empty" part="empty">${text}</p>`;
}

/** "Borgerservice Centrum har ingen ledige tider de næste 14 dage", and where there are some. */
export function renderSuggestion(
  suggestion: NoTimesSoon,
  location: (id: string | undefined) => Location | undefined,
  t: TFunction,
  switchTo: (locationId: string) => void,
): TemplateResult | typeof nothing {
  const here = location(suggestion.locationId);
  const alternative = location(suggestion.alternativeId);
  if (!here) return nothing;
  return html`
    <div class="suggestion" part="suggestion">
      <p>
        ${t('picker:noTimesSoon', { location: here.name, count: LOOKAHEAD_DAYS })}
        ${alternative ? t('picker:otherHasTimes', { location: alternative.name }) : nothing}
      </p>
      ${alternative
        ? html`<button type="button" class="button secondary" @click=${() => switchTo(alternative.id)}>
            ${t('picker:switchTo', { location: alternative.name })}
          </button>`
        : nothing}
    </div>
  `;
}
