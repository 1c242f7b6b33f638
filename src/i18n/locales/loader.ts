import type da from './da/index.js';

/** Fetches a language's catalogue that is not bundled; undefined when there is none. */
export type LanguageLoader = (language: string) => Promise<typeof da | undefined>;
