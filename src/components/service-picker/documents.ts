import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';

export interface DocumentsView {
  t: TFunction;
  /** The service option's DOM id: the list is `${id}-documents`, the service's name `${id}-name`. */
  id: string;
  documents: readonly string[];
  open: boolean;
  onToggle: () => void;
}

/** "Det skal du medbringe (3)": a disclosure button and its list; Escape closes it. */
export function renderDocuments({ t, id, documents, open, onToggle }: DocumentsView): TemplateResult | typeof nothing {
  if (!documents.length) return nothing;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here: a dialog around the widget must not close on the same key press.
    event.preventDefault();
    event.stopPropagation();
    onToggle();
  };
  return html`
    <button
      type="button"
      class="disclosure"
      part="documents-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${id}-documents"
      aria-describedby="${id}-name"
      @click=${onToggle}
      @keydown=${onKeydown}
    >
      <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <span>${t('picker:documents', { count: documents.length })}</span>
    </button>
    <ul class="documents" part="documents" id="${id}-documents" ?hidden=${!open}>
      ${documents.map((document) => html`<li>${document}</li>`)}
    </ul>
  `;
}
