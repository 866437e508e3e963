declare const tokenType: unique symbol;

/** A port's key in a composition: a symbol that carries the type of what it names. */
export type Token<T> = symbol & { readonly [tokenType]?: T };

/** The token named `campus.<name>`; the same name gives the same symbol in every package copy. */
export function token<T>(name: string): Token<T> {
  return Symbol.for(`campus.${name}`);
}
