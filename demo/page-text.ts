// The demo municipality's own page text, so the language switch changes the whole page,
// as it would on a real municipal site. The widget translates itself.
const english: Record<string, string> = {
  pageTitle: 'Book an appointment at Borgerservice – Eksempel Kommune',
  passportTitle: 'Passport – Eksempel Kommune',
  skip: 'Skip to booking',
  home: 'Home',
  citizenService: 'Citizen service',
  bookTitle: 'Book an appointment',
  heading: 'Book an appointment at Borgerservice',
  lead: 'Book an appointment if you need a new passport, want to renew your driving licence, need help with MitID or a new health card. It takes two minutes.',
  hoursTitle: 'Opening hours',
  monWed: 'Monday–Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  lunch: 'Closed 12.00–12.30 for lunch.',
  phoneTitle: 'Book by phone',
  phoneText: 'If you cannot book here, call us on',
  phoneHours: 'Monday–Friday 9.00–14.00.',
  dropInTitle: 'Without an appointment',
  dropInText: 'Collecting a passport or driving licence needs no appointment. Come during opening hours and take a number.',
  demoNote: 'This is a demonstration of borgertid in a made-up municipality. Do not use your real details, nor your CPR number.',
  breadcrumb: 'Breadcrumb',
  passport: 'Passport',
  passportHeading: 'Renew your passport',
  passportLead:
    'Your passport must be renewed when it expires. You must come to Borgerservice in person and bring a digital passport photo from an approved photographer.',
  passportPriceTitle: 'Price',
  passportPrice: 'An adult passport costs DKK 727. A passport for children under 18 costs DKK 166.',
  passportLink: 'Renew your passport (booking in a popup)',
  manageLink: 'My appointments',
  manageTitle: 'Change or cancel your appointment – Eksempel Kommune',
  manageSkip: 'Skip to your appointments',
  manageCrumb: 'My appointments',
  manageHeading: 'My appointments – change or cancel',
  manageLead:
    'Follow the link in your confirmation, or enter the booking number and the code. Please cancel in good time so someone else can have the time.',
};

const danish = new Map<Element, string>();

const LANGUAGE_KEY = 'borgertid-demo:lang';

/** The language the citizen chose on any demo page, so the receipt's link opens the next page in it. */
export function savedPageLanguage(): 'da' | 'en' {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function applyPageLanguage(lang: 'da' | 'en'): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage may be off; the switch still works on this page.
  }
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!danish.has(element)) danish.set(element, element.textContent ?? '');
    const key = element.dataset.i18n ?? '';
    element.textContent = lang === 'en' ? (english[key] ?? danish.get(element)!) : danish.get(element)!;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', (lang === 'en' && english[element.dataset.i18nLabel ?? '']) || 'Brødkrumme');
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}
