import manifest from '../../custom-elements.json';

/** What the stories read from the manifest (`npm run analyze` writes it from the sources). */
interface Documented {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

export interface Declaration {
  tagName?: string;
  attributes?: (Documented & { fieldName?: string })[];
  members?: (Documented & { kind: string; readonly?: boolean; static?: boolean })[];
  events?: Documented[];
  cssProperties?: Documented[];
  cssParts?: Documented[];
  slots?: Documented[];
}

/** The manifest's declaration of `tag` (an empty one if the manifest does not know it). */
export function declarationOf(tag: string): Declaration {
  const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((module) => module.declarations ?? []);
  return declarations.find((declaration) => declaration.tagName === tag) ?? {};
}
