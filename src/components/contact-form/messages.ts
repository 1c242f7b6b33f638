import type { TFunction } from 'i18next';
import { i18n } from '../../i18n/i18n.js';
import type { FieldPath } from './contact-model.js';

/** Reason codes are plain words; anything else from a server is treated as unknown. */
const REASON_PATTERN = /^[a-z][a-z-]{0,40}$/i;

export interface MessageContext {
  t: TFunction;
  lang: string;
  smsOffered: boolean;
}

/** The citizen's words for a reason code on a field; "Tjek feltet »…«" for unknown reasons. */
export function errorMessage(path: FieldPath, reason: string, context: MessageContext): string {
  const { t, lang, smsOffered } = context;
  const landline = !smsOffered && (path === 'citizen.phone' || path === 'citizen.contact') ? 'landline' : undefined;
  const key = `form:errors.${path}.${reason}`;
  if (REASON_PATTERN.test(reason) && i18n.exists(key, { lng: lang })) return t(key, { context: landline });
  return t('form:errors.generic', { field: fieldLabel(path, context) });
}

function fieldLabel(path: FieldPath, { t, smsOffered }: MessageContext): string {
  switch (path) {
    case 'citizen.name':
      return t('form:name.label');
    case 'citizen.cpr':
      return t('form:cpr.label');
    case 'citizen.contact':
      return t('form:contact.legend');
    case 'citizen.email':
      return t('form:email.label');
    case 'citizen.phone':
      return t('form:phone.label', { context: smsOffered ? undefined : 'landline' });
    case 'onBehalfOf.relation':
      return t('form:someoneElse.relationLegend');
    case 'onBehalfOf.name':
      return t('form:someoneElse.name');
    case 'onBehalfOf.cpr':
      return t('form:someoneElse.cpr');
    case 'needs.interpreter':
      return t('form:needs.language');
    case 'needs.other':
      return t('form:needs.other');
  }
}
