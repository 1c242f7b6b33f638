import type { ArgTypes } from '@storybook/web-components';
import { adapterArgType } from './backends.js';
import { declarationOf } from './manifest.js';

/**
 * Controls for every public attribute and property of `tag`, on top of the rows Storybook
 * builds from the manifest (spread first into a story file's `argTypes`, so the file can still
 * override a row):
 * - an attribute with a property of another name (`manage-url` / `manageUrl`) is one control,
 *   the property's, whose description names the attribute a webmaster types;
 * - `adapter` is a select of ready backends; read-only state and objects a designer cannot
 *   type (a clock, the adapter in use) are listed in the docs without a control;
 * - `lang` offers the two languages; each `--bt-*` custom property is a text control, so a
 *   designer can try a municipality's colours on any story.
 */
export function controlsFor(tag: string): Partial<ArgTypes> {
  const declaration = declarationOf(tag);
  const argTypes: Partial<ArgTypes> = { lang: { control: 'inline-radio', options: ['da', 'en'] } };
  const fields = new Map(
    (declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]),
  );
  for (const { name, fieldName } of declaration.attributes ?? []) {
    if (!fieldName || fieldName === name) continue;
    const description = fields.get(fieldName)?.description ?? '';
    argTypes[name] = { table: { disable: true } };
    argTypes[fieldName] = { description: `${description}\n\nAttribute: \`${name}\``.trim() };
  }
  for (const member of fields.values()) {
    if (member.name === 'adapter') argTypes.adapter = adapterArgType;
    else if (member.readonly || member.static || /\b(Clock|BookingAdapter)\b/.test(member.type?.text ?? '')) {
      argTypes[member.name] = { control: false };
    }
  }
  for (const { name } of declaration.cssProperties ?? []) argTypes[name] = { control: 'text' };
  return argTypes;
}
