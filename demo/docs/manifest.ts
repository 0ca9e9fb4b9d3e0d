import data from '../../custom-elements.json';

/** The parts of a custom-elements.json (schema 1.0) this page reads. */
export interface TypeRef {
  readonly text: string;
}
export interface Inheritable {
  readonly name: string;
  readonly description?: string;
  readonly inheritedFrom?: { readonly name: string };
}
export interface Attribute extends Inheritable {
  readonly type?: TypeRef;
  readonly default?: string;
  readonly fieldName?: string;
}
export interface Member extends Inheritable {
  readonly kind: string;
  readonly type?: TypeRef;
  readonly default?: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly attribute?: string;
  readonly reflects?: boolean;
  readonly readonly?: boolean;
}
export interface CssProperty extends Inheritable {
  readonly default?: string;
}
export interface ManifestEvent extends Inheritable {
  readonly type?: TypeRef;
}
export interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: readonly Attribute[];
  readonly members?: readonly Member[];
  readonly events?: readonly ManifestEvent[];
  readonly slots?: readonly Inheritable[];
  readonly cssParts?: readonly Inheritable[];
  readonly cssProperties?: readonly CssProperty[];
}
export interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

/** Checked against the interfaces above by the compiler, so a manifest that changes shape fails the type check. */
const manifest: Manifest = data;

/** The manifest's declaration of a custom element, by tag name. */
export const elementDeclaration = (tag: string): Declaration | undefined =>
  manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
