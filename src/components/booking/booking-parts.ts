/**
 * The parts of the nested elements, exported through `<bt-booking>` so a page can style every
 * one of them from outside: each gets its element's prefix (`calendar-today`,
 * `form-label`); the nested element's outer part keeps the prefix alone (`calendar`).
 */
function exportParts(prefix: string, outer: string, parts: readonly string[]): string {
  return [`${outer}: ${prefix}`, ...parts.map((part) => `${part}: ${prefix}-${part}`)].join(', ');
}

export const PICKER_PARTS = exportParts('picker', 'base', [
  'locations',
  'location',
  'location-selected',
  'services',
  'filter',
  'filter-input',
  'category',
  'category-heading',
  'service',
  'service-selected',
  'service-unavailable',
  'service-unavailable-reason',
  'badge',
  'documents-toggle',
  'documents',
  'suggestion',
  'error',
  'empty',
  'skeleton',
  'continue',
]);

export const CALENDAR_PARTS = exportParts('calendar', 'base', [
  'nav',
  'nav-prev',
  'nav-next',
  'heading',
  'grid',
  'day',
  'day-available',
  'day-closed',
  'day-selected',
  'day-current',
  'day-past',
  'day-none',
  'day-unknown',
  'day-loading',
  'today',
  'times',
  'time',
  'time-selected',
  'time-current',
  'first-available',
  'trigger',
  'popover',
  'message',
  'notice',
]);

export const FORM_PARTS = exportParts('form', 'form', [
  'summary',
  'summary-title',
  'summary-list',
  'summary-link',
  'field',
  'invalid',
  'fieldset',
  'legend',
  'label',
  'hint',
  'from-mitid',
  'error',
  'input',
  'choice',
  'checkbox',
  'radio',
  'toggle',
  'count',
  'privacy',
  'submit',
]);

export const RECEIPT_PARTS = exportParts('receipt', 'base', [
  'banner',
  'heading',
  'reference',
  'reference-value',
  'copy-button',
  'details',
  'documents',
  'checklist',
  'arrival',
  'qr',
  'manage',
  'manage-link',
  'actions',
  'calendar-button',
  'print-button',
]);
