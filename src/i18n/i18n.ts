import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { namespaces, resources } from './locales/index.js';

export const SUPPORTED_LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';

/**
 * Our own instance: the host page may run its own i18next, which we must neither read from
 * nor disturb. Resources are bundled and initialised synchronously.
 */
export const i18n: I18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  ns: namespaces,
  defaultNS: 'common',
  initAsync: false,
  returnNull: false,
  // Lit renders every string as text, never as HTML, so i18next must not escape a second time.
  interpolation: { escapeValue: false },
});

/** Maps any BCP 47 tag (from a `lang` attribute) to a language we ship, Danish by default. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Language) : DEFAULT_LANGUAGE;
}

const fixed = new Map<Language, TFunction>();

/** A translate function bound to one language, independent of the instance's current one. */
export function translator(language: Language): TFunction {
  let t = fixed.get(language);
  if (!t) {
    t = i18n.getFixedT(language);
    fixed.set(language, t);
  }
  return t;
}
