import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { heading } from '../../templates/heading.js';
import { FIELD_ORDER, type FieldPath } from './contact-model.js';
import { ANCHOR_ID, type FieldErrors } from './field-templates.js';

/** What the summary lists: taken at submit, so it does not change while the citizen corrects. */
export interface SummarySnapshot {
  errors: FieldErrors;
  /** Errors the form cannot point at (server errors on fields it does not show). */
  other: boolean;
}

export interface SummaryView {
  t: TFunction;
  headingLevel: number;
  message(path: FieldPath, reason: string): string;
  onLink(event: Event, path: FieldPath): void;
}

/**
 * GOV.UK's error summary: a box at the top with a link to each field in error. It gets focus
 * when shown, which is how a screen reader hears it; it is not a live region, so its list is
 * not read again while the citizen works through it.
 */
export function errorSummary(view: SummaryView, snapshot: SummarySnapshot): TemplateResult | typeof nothing {
  const { t } = view;
  const paths = FIELD_ORDER.filter((path) => snapshot.errors[path]);
  if (!paths.length && !snapshot.other) return nothing;
  return html`
    <div class="summary" part="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
      ${heading(view.headingLevel, t('form:summaryTitle'), { id: 'summary-title', className: 'summary-title', part: 'summary-title' })}
      <ul part="summary-list">
        ${paths.map(
          (path) =>
            html`<li>
              <a href="#${ANCHOR_ID[path]}" part="summary-link" @click=${(event: Event) => view.onLink(event, path)}
                >${view.message(path, snapshot.errors[path]!)}</a
              >
            </li>`,
        )}
        ${snapshot.other ? html`<li>${t('form:errors.other')}</li>` : nothing}
      </ul>
    </div>
  `;
}
