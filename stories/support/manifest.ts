import manifest from '../../custom-elements.json';

/** What the stories read from the manifest (`npm run analyze` writes it from the sources). */
export interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  members?: { kind: string; name: string; description?: string; readonly?: boolean; static?: boolean; type?: { text: string } }[];
  events?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}

/** The manifest's declaration of `tag` (an empty one if the manifest does not know it). */
export function declarationOf(tag: string): Declaration {
  const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((module) => module.declarations ?? []);
  return declarations.find((declaration) => declaration.tagName === tag) ?? {};
}
