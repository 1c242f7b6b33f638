import type { ArgTypes } from '@storybook/web-components';
import { adapterArgType } from './backends.js';
import { rowKey } from './arg-types.js';
import { declarationOf } from './manifest.js';

/**
 * Controls for every public attribute and property of `tag`, on top of the rows Storybook
 * builds from the manifest (spread first into a story file's `argTypes`, so the file can still
 * override a row). Storybook alone gives `string | undefined` an object editor ("Set object"),
 * so each control is chosen here from the manifest's type:
 * - text, number, boolean, or the options of a union of string literals (`'inline' | 'popup'`);
 * - an attribute with a property of another name (`manage-url` / `manageUrl`) is one control,
 *   the property's, whose description names the attribute a webmaster types;
 * - `adapter` is a select of ready backends; read-only state and objects (a clock, a session)
 *   are listed in the docs without a control, as are events, slots and parts;
 * - `lang` offers the two languages; each `--bt-*` custom property is a text control, so a
 *   designer can try a municipality's colours on any story.
 */
export function controlsFor(tag: string): Partial<ArgTypes> {
  const declaration = declarationOf(tag);
  const argTypes: Partial<ArgTypes> = {};
  // Parts, slots and events are documented, not set (their rows are keyed as in `arg-types.ts`).
  // (`name` too: Storybook would show the key where a row of a story file has none.)
  for (const { name } of declaration.cssParts ?? []) argTypes[rowKey('part', name)] = { name, control: false };
  for (const { name } of declaration.slots ?? []) if (name) argTypes[rowKey('slot', name)] = { name, control: false };
  for (const { name } of declaration.events ?? []) argTypes[name] = { control: false };
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field');
  for (const member of fields) {
    if (member.name === 'adapter') argTypes.adapter = adapterArgType;
    else if (member.readonly || member.static) argTypes[member.name] = { control: false };
    else argTypes[member.name] = controlOf(member.type?.text);
  }
  for (const { name, fieldName, type } of declaration.attributes ?? []) {
    if (!fieldName) {
      argTypes[name] = name === 'lang' ? { control: 'inline-radio', options: ['da', 'en'] } : controlOf(type?.text ?? 'string');
    } else if (fieldName !== name) {
      const description = fields.find((member) => member.name === fieldName)?.description ?? '';
      argTypes[name] = { table: { disable: true } };
      argTypes[fieldName] = { ...argTypes[fieldName], description: `${description}\n\nAttribute: \`${name}\``.trim() };
    }
  }
  for (const { name } of declaration.cssProperties ?? []) argTypes[name] = { control: 'text' };
  return argTypes;
}

type InputType = NonNullable<ArgTypes[string]>;

/** A control for a manifest type; none for objects a designer cannot type. */
function controlOf(type = ''): InputType {
  const options = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  if (options.length > 1 && /^\s*('[^']*'\s*\|\s*)+'[^']*'(\s*\|\s*undefined)?\s*$/.test(type)) {
    return { control: 'inline-radio', options };
  }
  if (/\bboolean\b/.test(type)) return { control: 'boolean' };
  if (/\bnumber\b/.test(type)) return { control: 'number' };
  if (/^\s*string(\s*\|\s*(undefined|null))*\s*$/.test(type)) return { control: 'text' };
  return { control: false };
}
