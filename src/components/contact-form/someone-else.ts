import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { checkbox, cprField, fieldError, textField, type FormView } from './field-templates.js';

const RELATIONS = ['child', 'adult'] as const;

/** "Jeg bestiller for en anden", and when ticked: who the person is, their name and CPR number. */
export function someoneElseSection(view: FormView): TemplateResult {
  const { t } = view;
  return html`
    ${checkbox(view, { id: 'someone-else', key: 'forSomeoneElse', label: t('form:someoneElse.label') })}
    ${
      view.draft.forSomeoneElse
        ? html`
            <fieldset part="fieldset" class="conditional">
              <legend part="legend">${t('form:someoneElse.legend')}</legend>
              ${relationGroup(view)}
              ${textField(view, {
                id: 'other-name',
                key: 'otherName',
                path: 'onBehalfOf.name',
                label: t('form:someoneElse.name'),
                autocomplete: 'off',
                required: true,
              })}
              ${
                view.options.requireCpr
                  ? cprField(view, {
                      id: 'other-cpr',
                      key: 'otherCpr',
                      path: 'onBehalfOf.cpr',
                      label: t('form:someoneElse.cpr'),
                      hint: t('form:someoneElse.cprHint'),
                      toggle: t('form:someoneElse.showCpr'),
                    })
                  : nothing
              }
            </fieldset>
          `
        : nothing
    }
  `;
}

function relationGroup(view: FormView): TemplateResult {
  const { t } = view;
  const error = view.errors['onBehalfOf.relation'];
  return html`
    <fieldset
      part="fieldset"
      class="relation ${error ? 'invalid' : ''}"
      aria-describedby=${ifDefined(error ? 'relation-error' : undefined)}
    >
      <legend part="legend">${t('form:someoneElse.relationLegend')}</legend>
      ${fieldError(view, 'relation-error', 'onBehalfOf.relation')}
      ${RELATIONS.map(
        (relation) => html`
          <div class="choice" part="choice">
            <input
              id="relation-${relation}"
              type="radio"
              part="radio"
              name="relation"
              value=${relation}
              data-field="relation"
              required
              ?disabled=${view.disabled}
              aria-invalid=${error ? 'true' : 'false'}
              .checked=${live(view.draft.relation === relation)}
              @change=${view.onRelation}
            />
            <label for="relation-${relation}">${t(`form:someoneElse.${relation}`)}</label>
          </div>
        `,
      )}
    </fieldset>
  `;
}
