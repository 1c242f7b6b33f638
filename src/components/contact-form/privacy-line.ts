import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { safeHttpUrl } from '../../core/url.js';

/** How the details are used, with a link to the privacy notice when it is a safe http(s) URL. */
export function privacyLine(t: TFunction, privacyUrl: string): TemplateResult {
  const url = safeHttpUrl(privacyUrl, document.baseURI);
  return html`
    <p class="privacy" part="privacy">
      ${t('form:privacy.text')}
      ${
        url
          ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
              >${t('form:privacy.link')} ${t('form:privacy.newWindow')}</a
            >`
          : nothing
      }
    </p>
  `;
}
