import { actionArgName } from './arg-types.js';
import { declarationOf } from './manifest.js';

/**
 * One story render for every element: each control (an arg) reaches the element the way a
 * page would set it, so every row Storybook builds from the manifest does something.
 * - `on…` actions (Storybook makes one per manifest event) listen to that event;
 * - `--bt-…` custom properties go on the element's style, as a municipality's stylesheet would;
 * - a function under `adapter` is a backend factory (see `backends.ts`), called per render;
 * - everything else is a property (the element's attribute converters and reflection apply;
 *   `lang` is HTMLElement's own), or an attribute where there is no property;
 * - an empty value is left unset, so the element's default shows.
 */
export function renderElement(tag: string, args: object): HTMLElement {
  const element = document.createElement(tag);
  const events = eventsByArgName(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === '') continue;
    const event = events.get(name);
    if (event) {
      if (typeof value === 'function') element.addEventListener(event, value as EventListener);
    } else if (name.startsWith('--')) {
      element.style.setProperty(name, String(value));
    } else if (name === 'adapter' && typeof value === 'function') {
      (element as unknown as { adapter: unknown }).adapter = value();
    } else if (name in element) {
      (element as unknown as Record<string, unknown>)[name] = value;
    } else {
      // An attribute without a property of its own (e.g. a form control's `name`).
      element.setAttribute(name, String(value));
    }
  }
  return element;
}

function eventsByArgName(tag: string): Map<string, string> {
  return new Map((declarationOf(tag).events ?? []).map(({ name }) => [actionArgName(name), name]));
}
