import { html, nothing, type TemplateResult } from 'lit';
import { alertNotice, errorNotice, viewHeading, type ManagerView } from './manager-view.js';

/** Which lookup fields were left empty at the last submit. */
export interface LookupErrors {
  reference?: boolean;
  token?: boolean;
}

export interface LookupView extends ManagerView {
  errors: LookupErrors;
  onSubmit(event: SubmitEvent): void;
}

/**
 * "Find din tid": the booking number, and the code from the confirmation unless the citizen
 * is signed in. Without a session, a reference alone finds nothing (it is printed on paper).
 */
export function renderLookup(view: LookupView): TemplateResult {
  const { state, t, errors } = view;
  const signedIn = Boolean(state.session);
  const finding = state.busy?.kind === 'find';
  return html`
    ${viewHeading(view, t('manager:lookup.heading'))}
    <p>${t(signedIn ? 'manager:lookup.introSignedIn' : 'manager:lookup.intro')}</p>
    ${state.notice?.kind === 'not-found' ? alertNotice(t('manager:lookup.notFound')) : nothing} ${errorNotice(view)}
    <form class="lookup" part="lookup" novalidate @submit=${view.onSubmit}>
      ${field(view, 'reference', errors.reference)} ${signedIn ? nothing : field(view, 'token', errors.token)}
      <div class="actions">
        <button type="submit" class="button" part="lookup-button" aria-disabled=${finding ? 'true' : 'false'}>
          ${finding ? t('manager:lookup.finding') : t('manager:lookup.submit')}
        </button>
      </div>
    </form>
    ${state.canSignIn && !signedIn ? renderSignIn(view) : nothing}
  `;
}

function field(view: LookupView, name: 'reference' | 'token', missing: boolean | undefined): TemplateResult {
  const { t } = view;
  const id = `lookup-${name}`;
  const describedBy = missing ? `${id}-error ${id}-hint` : `${id}-hint`;
  return html`<div class="field ${missing ? 'invalid' : ''}">
    <label for=${id} part="label">${t(`manager:lookup.${name}`)}</label>
    <span class="hint" id="${id}-hint">${t(`manager:lookup.${name}Hint`)}</span>
    ${
      missing
        ? html`<span class="error" part="error" id="${id}-error"
            ><span class="visually-hidden">${t('manager:lookup.errorPrefix')}</span>${t(`manager:lookup.${name}Missing`)}</span
          >`
        : nothing
    }
    <input
      class="input"
      part="input"
      id=${id}
      name=${name}
      autocomplete="off"
      spellcheck="false"
      autocapitalize=${name === 'reference' ? 'characters' : 'none'}
      aria-invalid=${missing ? 'true' : 'false'}
      aria-describedby=${describedBy}
    />
  </div>`;
}

function renderSignIn(view: LookupView): TemplateResult {
  const { state, t } = view;
  const busy = state.busy?.kind === 'signin';
  return html`<div class="signin" part="signin">
    <p>${t('manager:lookup.signInIntro')}</p>
    <button
      type="button"
      class="button secondary"
      part="signin-button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.send({ type: 'sign-in' })}
    >
      ${busy ? t('manager:lookup.signingIn') : t('manager:lookup.signIn')}
    </button>
  </div>`;
}
