import { html, nothing, type TemplateResult } from 'lit';
import { maskedCpr, sessionCpr, sessionName } from './contact-model.js';
import { checkbox, cprField, fieldError, readOnlyField, textField, type FormView } from './field-templates.js';

/** The citizen's own fields: name, CPR number (when the errand needs it) and how to reach them. */
export function citizenFields(view: FormView): TemplateResult {
  return html`${nameField(view)} ${view.options.requireCpr ? ownCprField(view) : nothing} ${contactFields(view)}`;
}

function nameField(view: FormView): TemplateResult {
  const label = view.t('form:name.label');
  const fromSession = sessionName(view.options);
  if (fromSession) return readOnlyField(view, 'name', label, fromSession);
  return textField(view, { id: 'name', key: 'name', path: 'citizen.name', label, autocomplete: 'name', required: true });
}

function ownCprField(view: FormView): TemplateResult {
  const { t } = view;
  const fromSession = sessionCpr(view.options);
  if (fromSession) return readOnlyField(view, 'cpr', t('form:cpr.label'), maskedCpr(fromSession));
  return cprField(view, {
    id: 'cpr',
    key: 'cpr',
    path: 'citizen.cpr',
    label: t('form:cpr.label'),
    hint: t('form:cpr.hint'),
    toggle: t('form:cpr.show'),
  });
}

/** E-mail and/or phone (at least one), and the SMS reminder where the municipality sends them. */
function contactFields(view: FormView): TemplateResult {
  const { t } = view;
  const { smsOffered } = view.options;
  const landline = smsOffered ? undefined : 'landline';
  const groupError = view.errors['citizen.contact'] ? 'contact-error' : undefined;
  return html`
    <fieldset part="fieldset" class=${groupError ? 'invalid' : ''} aria-describedby="contact-hint">
      <legend part="legend">${t('form:contact.legend')}</legend>
      <p id="contact-hint" class="hint" part="hint">${t('form:contact.hint', { context: landline })}</p>
      ${fieldError(view, 'contact-error', 'citizen.contact')}
      ${textField(view, {
        id: 'email',
        key: 'email',
        path: 'citizen.email',
        label: t('form:email.label'),
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        groupError,
      })}
      ${textField(view, {
        id: 'phone',
        key: 'phone',
        path: 'citizen.phone',
        label: t('form:phone.label', { context: landline }),
        hint: t('form:phone.hint'),
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        required: smsOffered && view.draft.smsReminder,
        groupError,
      })}
      ${
        smsOffered
          ? checkbox(view, { id: 'sms', key: 'smsReminder', label: t('form:sms.label'), hint: t('form:sms.hint') })
          : nothing
      }
    </fieldset>
  `;
}
