import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { OTHER_NEEDS_MAX_LENGTH } from './contact-model.js';
import { checkbox, fieldError, idList, textField, type FormView } from './field-templates.js';

/** Special needs for the visit: an interpreter (and the language), step-free access, a note. */
export function needsSection(view: FormView): TemplateResult {
  const { t } = view;
  return html`
    <fieldset part="fieldset" aria-describedby="needs-hint">
      <legend part="legend">${t('form:needs.legend')} <span class="optional">${t('form:optional')}</span></legend>
      <p id="needs-hint" class="hint" part="hint">${t('form:needs.hint')}</p>
      ${checkbox(view, { id: 'interpreter', key: 'interpreter', label: t('form:needs.interpreter') })}
      ${
        view.draft.interpreter
          ? html`<div class="conditional">
              ${textField(view, {
                id: 'interpreter-language',
                key: 'interpreterLanguage',
                path: 'needs.interpreter',
                label: t('form:needs.language'),
                hint: t('form:needs.languageHint'),
                autocomplete: 'off',
                required: true,
              })}
            </div>`
          : nothing
      }
      ${checkbox(view, { id: 'step-free', key: 'stepFreeAccess', label: t('form:needs.stepFree') })} ${otherNeedsField(view)}
    </fieldset>
  `;
}

/** A free-text note with a count of the characters left. */
function otherNeedsField(view: FormView): TemplateResult {
  const { t } = view;
  const left = OTHER_NEEDS_MAX_LENGTH - view.draft.otherNeeds.length;
  const error = view.errors['needs.other'];
  return html`
    <div class="field ${error ? 'invalid' : ''}" part="field${error ? ' invalid' : ''}">
      <label for="other-needs" part="label">${t('form:needs.other')}</label>
      ${fieldError(view, 'other-needs-error', 'needs.other')}
      <textarea
        id="other-needs"
        class="input"
        part="input"
        data-field="otherNeeds"
        rows="4"
        maxlength=${OTHER_NEEDS_MAX_LENGTH}
        ?disabled=${view.disabled}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(idList('other-needs-count', error && 'other-needs-error'))}
        .value=${live(view.draft.otherNeeds)}
        @input=${view.onText}
        @change=${view.onChange}
      ></textarea>
      <p id="other-needs-count" class="count ${left < 0 ? 'over' : ''}" part="count">
        ${left >= 0 ? t('form:needs.remaining', { count: left }) : t('form:needs.over', { count: -left })}
      </p>
    </div>
  `;
}
