import type { ArgTypes } from '@storybook/web-components';
import { declarationOf, type Declaration } from './manifest.js';

type Row = NonNullable<ArgTypes[string]>;
type Item = { name: string; description?: string; type?: { text: string }; default?: string };

/**
 * The key of a docs-table row. Storybook's own extractor keys every row by its name alone, so a
 * part or slot named like an attribute (the picker's `service` attribute and `service` part, the
 * CPR input's `label` and `error`) replaced the attribute's row: its description and type were
 * gone, and its control sat under "css shadow parts". Parts and slots are keyed apart here.
 */
export function rowKey(category: 'part' | 'slot', name: string): string {
  return `${category}:${name}`;
}

function row(item: Item, category: string, typed: boolean): Row {
  return {
    name: item.name,
    description: item.description,
    type: { name: typed ? (item.type?.text ?? 'string') : 'void' } as Row['type'],
    table: { category, type: { summary: item.type?.text }, defaultValue: { summary: item.default } },
  };
}

/** Storybook's action arg for an event: `bt-slot-select` → `onBtSlotSelect`. */
export function actionArgName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, letter?: string) => (letter ? letter.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/**
 * The docs table of `tag` from the manifest, as Storybook's web-components extractor builds it
 * (properties, attributes, events with their actions, slots, custom properties, parts), with
 * parts and slots under keys of their own (`rowKey`). Set as `parameters.docs.extractArgTypes`.
 */
export function extractArgTypes(tag: string): ArgTypes {
  const declaration: Declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && member.name) argTypes[member.name] = row(member, 'properties', true);
  }
  for (const attribute of declaration.attributes ?? []) argTypes[attribute.name] = row(attribute, 'attributes', true);
  for (const event of declaration.events ?? []) {
    argTypes[actionArgName(event.name)] = { name: actionArgName(event.name), action: event.name, table: { disable: true } };
    argTypes[event.name] = row(event, 'events', false);
  }
  for (const slot of declaration.slots ?? []) if (slot.name) argTypes[rowKey('slot', slot.name)] = row(slot, 'slots', false);
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = row(property, 'css custom properties', true);
  for (const part of declaration.cssParts ?? []) argTypes[rowKey('part', part.name)] = row(part, 'css shadow parts', false);
  return argTypes;
}
