// Every language, bundled (the npm build and the tests): the first render never waits for a locale.
// The CDN build swaps this module for `./lazy.ts`, which bundles Danish and fetches English.
import da from './da/index.js';
import en from './en/index.js';
import type { LanguageLoader } from './loader.js';

export const resources = { da, en };

/** Nothing to fetch here: every language is in `resources`. */
export const loadLanguage: LanguageLoader | undefined = undefined;

export type Namespace = keyof typeof da;
export const namespaces = Object.keys(da) as Namespace[];
