import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TFunction } from 'i18next';

export interface FilterView {
  t: TFunction;
  query: string;
  /** How many services match the query. */
  found: number;
  onInput: (event: Event) => void;
  onClear: () => void;
}

/** The search field over a long list, and the "nothing matches" message with its clear button. */
export function renderFilter({ t, query, found, onInput, onClear }: FilterView): TemplateResult {
  const trimmed = query.trim();
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
        .value=${live(query)}
        @input=${onInput}
      />
    </div>
    ${
      trimmed && found === 0
        ? html`<div class="filter-empty" part="empty">
            <p>${t('picker:filterEmpty', { query: trimmed })}</p>
            <button type="button" class="button secondary" @click=${onClear}>${t('picker:filterClear')}</button>
          </div>`
        : nothing
    }
  `;
}
