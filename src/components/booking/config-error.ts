import { html, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { unbroken } from '../../core/phone.js';

/**
 * What an element without a backend shows where it stands: an `api` that is no usable address
 * (said with the value, for the webmaster who typed it), or no `api` and no `adapter` at all.
 * The citizen reads that booking is not possible here and whom to ring; the webmaster's
 * instruction is folded away under "Til webmasteren" (and in the console), not read out to
 * every citizen. `namespace` holds the element's own "not configured" texts (`booking`, `manager`).
 */
export function renderConfigError(
  t: TFunction,
  namespace: 'booking' | 'manager',
  invalidApi: string | undefined,
  phone?: string,
): TemplateResult {
  const [title, body, developer] =
    invalidApi === undefined
      ? [t(`${namespace}:notConfigured.title`), t(`${namespace}:notConfigured.body`), t(`${namespace}:notConfigured.developer`)]
      : [t('common:apiInvalid.title'), t('common:apiInvalid.body'), t('common:apiInvalid.developer', { api: invalidApi })];
  return html`<div class="config-error alert" part="config-error" role="alert">
    <p class="strong">${title}</p>
    <p>${body}</p>
    ${phone ? html`<p>${t('common:errors.ringInstead', { phone: unbroken(phone) })}</p>` : ''}
    <details class="developer">
      <summary>${t('common:forWebmaster')}</summary>
      <p class="muted">${developer}</p>
    </details>
  </div>`;
}
