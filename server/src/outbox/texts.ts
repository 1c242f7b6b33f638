/**
 * The words of confirmations and reminders, Danish and English. The values in them (errand,
 * office, documents) come from the municipality's configuration in the appointment's language;
 * the words around the calendar file come from the receipt's locale files, as in the widget.
 */
import daReceipt from '../../../src/i18n/locales/da/receipt.js';
import enReceipt from '../../../src/i18n/locales/en/receipt.js';
import type { IcsTexts } from '../../../src/core/ics.js';
import type { ContentLanguage } from '../../../src/core/municipality.js';
import type { OutboxKind } from './tables.js';

export interface MessageTexts {
  subject: Record<OutboxKind, string>;
  heading: Record<OutboxKind, string>;
  intro: Record<OutboxKind, string>;
  greeting: string;
  /** When the booking has no name. */
  greetingNoName: string;
  service: string;
  time: string;
  place: string;
  phone: string;
  reference: string;
  fee: string;
  feeAmount: string;
  free: string;
  accessibility: string;
  documents: string;
  noDocuments: string;
  manageLink: string;
  managePhone: string;
  manageContact: string;
  calendarAttached: string;
  calendarRemove: string;
  noReply: string;
  regards: string;
  /** A day and a start time in a sentence: "tirsdag 1. december 2026 kl. 10.15". */
  dayAndTime: string;
  sms: Record<OutboxKind, string>;
  smsPhone: string;
}

const da: MessageTexts = {
  subject: {
    booked: 'Din tid i Borgerservice er bestilt – {{reference}}',
    reminder: 'Påmindelse om din tid i Borgerservice – {{reference}}',
    moved: 'Din tid i Borgerservice er flyttet – {{reference}}',
    cancelled: 'Din tid i Borgerservice er aflyst – {{reference}}',
  },
  heading: {
    booked: 'Din tid er bestilt',
    reminder: 'Påmindelse om din tid',
    moved: 'Din tid er flyttet',
    cancelled: 'Din tid er aflyst',
  },
  intro: {
    booked: 'Tak for din bestilling. Her er din tid hos Borgerservice.',
    reminder: 'Vi minder dig om din tid hos Borgerservice.',
    moved: 'Din tid hos Borgerservice er flyttet. Her er den nye tid.',
    cancelled: 'Din tid hos Borgerservice er aflyst. Du skal ikke møde op.',
  },
  greeting: 'Kære {{name}}',
  greetingNoName: 'Kære borger',
  service: 'Ærinde',
  time: 'Tid',
  place: 'Sted',
  phone: 'Telefon',
  reference: 'Bestillingsnummer',
  fee: 'Pris',
  feeAmount: '{{amount}} kr.',
  free: 'Gratis',
  accessibility: 'Tilgængelighed',
  documents: 'Det skal du medbringe',
  noDocuments: 'Du skal ikke medbringe noget særligt.',
  manageLink: 'Ændr eller aflys din tid',
  managePhone: 'Vil du ændre eller aflyse din tid, så ring til {{location}} på {{phone}}.',
  manageContact: 'Kontakt {{location}}, hvis du vil ændre eller aflyse din tid.',
  calendarAttached: 'Tiden er vedhæftet som kalenderfil, så du kan lægge den i din kalender.',
  calendarRemove: 'Har du lagt tiden i din kalender, så husk at slette den.',
  noReply: 'Du kan ikke svare på denne e-mail.',
  regards: 'Med venlig hilsen',
  dayAndTime: '{{day}} kl. {{time}}',
  sms: {
    booked: 'Borgerservice: Din tid er bestilt: {{service}}, {{when}}, {{place}}. Bestillingsnr. {{reference}}.',
    reminder: 'Borgerservice: Husk din tid {{when}}: {{service}}, {{place}}. Bestillingsnr. {{reference}}.',
    moved: 'Borgerservice: Din tid er flyttet til {{when}}: {{service}}, {{place}}. Bestillingsnr. {{reference}}.',
    cancelled: 'Borgerservice: Din tid {{when}} ({{service}}, {{place}}) er aflyst. Bestillingsnr. {{reference}}.',
  },
  smsPhone: ' Ændr eller aflys: ring {{phone}}.',
};

const en: MessageTexts = {
  subject: {
    booked: 'Your Borgerservice appointment is booked – {{reference}}',
    reminder: 'Reminder of your Borgerservice appointment – {{reference}}',
    moved: 'Your Borgerservice appointment has been moved – {{reference}}',
    cancelled: 'Your Borgerservice appointment is cancelled – {{reference}}',
  },
  heading: {
    booked: 'Your appointment is booked',
    reminder: 'Reminder of your appointment',
    moved: 'Your appointment has been moved',
    cancelled: 'Your appointment is cancelled',
  },
  intro: {
    booked: 'Thank you for booking. Here is your appointment at Borgerservice (Citizen Service).',
    reminder: 'This is a reminder of your appointment at Borgerservice (Citizen Service).',
    moved: 'Your appointment at Borgerservice (Citizen Service) has been moved. Here is the new time.',
    cancelled: 'Your appointment at Borgerservice (Citizen Service) is cancelled. Please do not come.',
  },
  greeting: 'Dear {{name}}',
  greetingNoName: 'Dear citizen',
  service: 'Errand',
  time: 'Time',
  place: 'Place',
  phone: 'Phone',
  reference: 'Booking number',
  fee: 'Fee',
  feeAmount: 'DKK {{amount}}',
  free: 'Free',
  accessibility: 'Accessibility',
  documents: 'Please bring',
  noDocuments: 'You do not need to bring anything in particular.',
  manageLink: 'Change or cancel your appointment',
  managePhone: 'To change or cancel your appointment, call {{location}} on {{phone}}.',
  manageContact: 'Contact {{location}} if you want to change or cancel your appointment.',
  calendarAttached: 'The appointment is attached as a calendar file, so you can add it to your calendar.',
  calendarRemove: 'If you added the appointment to your calendar, remember to delete it.',
  noReply: 'Replies to this e-mail are not read.',
  regards: 'Kind regards',
  dayAndTime: '{{day}} at {{time}}',
  sms: {
    booked: 'Borgerservice: Your appointment is booked: {{service}}, {{when}}, {{place}}. Booking no. {{reference}}.',
    reminder: 'Borgerservice: Remember your appointment {{when}}: {{service}}, {{place}}. Booking no. {{reference}}.',
    moved: 'Borgerservice: Your appointment has been moved to {{when}}: {{service}}, {{place}}. Booking no. {{reference}}.',
    cancelled: 'Borgerservice: Your appointment {{when}} ({{service}}, {{place}}) is cancelled. Booking no. {{reference}}.',
  },
  smsPhone: ' To change or cancel, call {{phone}}.',
};

export function messageTexts(lang: ContentLanguage): MessageTexts {
  return lang === 'en' ? en : da;
}

/** Fills `{{name}}` placeholders. Values are plain text: HTML escaping is the HTML writer's job. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** The calendar file's words, from the receipt's locale files (the widget's "Tilføj til kalender" uses the same). */
export function icsTextsFor(lang: ContentLanguage): IcsTexts {
  const ics = (lang === 'en' ? enReceipt : daReceipt).ics;
  return {
    reference: ics.reference,
    documents: ics.documents,
    noDocuments: ics.noDocuments,
    fee: (amount) => fill(ics.fee, { amount }),
    free: ics.free,
    arrival: ics.arrival,
    arrivalDesk: ics.arrivalDesk,
    arrivalAny: ics.arrivalAny,
    manage: (url) => fill(ics.manage, { url }),
    phone: (location, phone) => fill(ics.phone, { location, phone }),
    reminder: (service, location) => fill(ics.reminder, { service, location }),
  };
}
