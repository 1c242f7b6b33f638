/** Every `bt-*` event the elements document, from a parsed custom-elements.json. */
export function manifestEvents(manifest: unknown): string[];
