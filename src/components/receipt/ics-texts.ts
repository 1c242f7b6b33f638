import type { TFunction } from 'i18next';
import type { IcsTexts } from '../../core/ics.js';

/** The calendar file's texts from the `receipt:ics` locale keys, in the translator's language. */
export function icsTexts(t: TFunction): IcsTexts {
  return {
    reference: t('receipt:ics.reference'),
    documents: t('receipt:ics.documents'),
    noDocuments: t('receipt:ics.noDocuments'),
    fee: (amount) => t('receipt:ics.fee', { amount }),
    free: t('receipt:ics.free'),
    arrival: t('receipt:ics.arrival'),
    arrivalDesk: t('receipt:ics.arrivalDesk'),
    arrivalAny: t('receipt:ics.arrivalAny'),
    manage: (url) => t('receipt:ics.manage', { url }),
    phone: (location, phone) => t('receipt:ics.phone', { location, phone }),
    reminder: (service, location) => t('receipt:ics.reminder', { service, location }),
  };
}
