import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { loadLanguage, namespaces, resources } from './locales/index.js';

export const SUPPORTED_LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';

/**
 * Our own instance: the host page may run its own i18next, which we must neither read from
 * nor disturb. Resources are bundled and initialised synchronously (the CDN build bundles
 * Danish only and fetches English the first time it is asked for: see `ensureLanguage`).
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

/**
 * The plural form i18next's `t` picks for `count` in `language`, as its key suffix (`_one`,
 * `_other`…), from i18next's own resolver: for asking for one form by its full key, e.g. a text
 * worked out once for every count of that form. (A count of 0 may have a `_zero` text of its
 * own, which this does not look for.)
 */
export function pluralSuffix(language: string, count: number): string {
  // Remembered: i18next's resolver builds a JSON cache key for its rule on every call.
  const id = `${language}|${count}`;
  let suffix = pluralSuffixes.get(id);
  if (suffix === undefined) {
    suffix = (i18n.services.pluralResolver as { getSuffix(code: string, count: number): string }).getSuffix(language, count);
    if (pluralSuffixes.size >= MEMO_LIMIT) pluralSuffixes.clear();
    pluralSuffixes.set(id, suffix);
  }
  return suffix;
}

const pluralSuffixes = new Map<string, string>();

const fixed = new Map<Language, TFunction>();
const loading = new Map<Language, Promise<void>>();
const loadedListeners = new Set<(language: Language) => void>();
/** Languages whose texts could not be fetched, and when: their speakers speak Danish meanwhile. */
const failedAt = new Map<Language, number>();
/** How long a language that could not be fetched waits before it is asked for again. */
const RETRY_AFTER_MS = 30_000;

/**
 * The language an element speaks when it is asked for `language`: that one, or Danish while
 * its texts cannot be fetched (the widget's own words and the backend's, which it is asked for
 * in the same language, then agree). Asked again for it after a while, on a later render.
 */
export function spokenLanguage(language: Language): Language {
  const failed = failedAt.get(language);
  if (failed === undefined) return language;
  if (Date.now() - failed > RETRY_AFTER_MS) void ensureLanguage(language);
  return DEFAULT_LANGUAGE;
}

/**
 * Called once a fetched language's catalogue is in place, or could not be fetched, so elements
 * asked for it re-render (in it, or in Danish).
 */
export function onLanguageLoaded(listener: (language: Language) => void): () => void {
  loadedListeners.add(listener);
  return () => loadedListeners.delete(listener);
}

/**
 * Makes sure a language's catalogue is there: at once when it is bundled, else fetched (once).
 * Until it arrives, text falls back to Danish; the first render never waits for it.
 */
export function ensureLanguage(language: Language): Promise<void> {
  if (!loadLanguage || i18n.hasResourceBundle(language, 'common')) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loadLanguage(language).then(
      (catalogue) => {
        failedAt.delete(language);
        if (catalogue) addCatalogue(language, catalogue);
      },
      (error: unknown) => {
        // A failed fetch (offline, blocked, refused): Danish throughout for a while, then again.
        loading.delete(language);
        failedAt.set(language, Date.now());
        console.warn(`borgertid: the ${language} texts could not be loaded; speaking Danish until they can be.`, error);
        loadedListeners.forEach((listener) => listener(language));
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** Adds namespaces of a language that came later (a fetched chunk), and re-renders its speakers. */
export function addCatalogue(language: Language, catalogue: Record<string, object>): void {
  for (const [namespace, messages] of Object.entries(catalogue)) {
    // A namespace already there is merged into (deep, from a copy); a new one is taken as it is,
    // like the bundled ones `init` took: no JSON copy and no deep merge of every text at start-up.
    const merge = i18n.hasResourceBundle(language, namespace);
    i18n.addResourceBundle(language, namespace, messages, merge, true, { skipCopy: !merge });
  }
  loadedListeners.forEach((listener) => listener(language));
}

/**
 * A translate function bound to one language, independent of the instance's current one. It
 * remembers what it translated (a calendar asks for the same dozen texts on every render and
 * month step, and i18next's lookup, plural and interpolation are dearer than a map): calls
 * whose options are plain strings, numbers and booleans, up to {@link MEMO_LIMIT} texts a
 * language, forgotten whenever a catalogue is added or removed.
 */
export function translator(language: Language): TFunction {
  if (loadLanguage && !i18n.hasResourceBundle(language, 'common')) void ensureLanguage(language);
  let t = fixed.get(language);
  if (!t) {
    t = remembering(i18n.getFixedT(language));
    fixed.set(language, t);
  }
  return t;
}

/** Texts remembered per language before the memo starts afresh. */
const MEMO_LIMIT = 1000;
const memos = new Set<Map<string, string>>();
// Any change of the catalogues (ours, or a test's or an app's addResourceBundle) may change a text.
i18n.store.on('added', () => memos.forEach((memo) => memo.clear()));
i18n.store.on('removed', () => memos.forEach((memo) => memo.clear()));

/** The memo key of a call, or undefined when its options hold anything but plain values. */
function memoKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return undefined;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'undefined') return undefined;
    id += `\u0000${name}\u0001${type}\u0001${String(value)}`;
  }
  return id;
}

function remembering(t: TFunction): TFunction {
  const memo = new Map<string, string>();
  memos.add(memo);
  const translate = (...args: unknown[]): unknown => {
    const id = args.length <= 2 ? memoKey(args[0], args[1]) : undefined;
    const known = id === undefined ? undefined : memo.get(id);
    if (known !== undefined) return known;
    const text: unknown = (t as unknown as (...args: unknown[]) => unknown)(...args);
    if (id !== undefined && typeof text === 'string') {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(id, text);
    }
    return text;
  };
  return translate as unknown as TFunction;
}
