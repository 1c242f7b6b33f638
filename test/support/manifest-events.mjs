/**
 * Every `bt-*` event the elements document (`@fires`), read from the custom-elements manifest
 * (`npm run analyze` writes it; `npm test` does so first). The privacy suites listen to all of
 * them, so an event added to an element is watched without a list to keep in step.
 */
export function manifestEvents(manifest) {
  const names = new Set();
  for (const module of manifest.modules ?? [])
    for (const declaration of module.declarations ?? [])
      for (const event of declaration.events ?? []) if (event.name?.startsWith('bt-')) names.add(event.name);
  if (names.size === 0) throw new Error('custom-elements.json names no bt-* event: run `npm run analyze` first');
  return [...names].sort();
}
