import type { Resolve, Token } from '@campus/domain';

/**
 * How to build one class from its dependencies: a port's token, or another declaration (a part
 * that several use cases share, such as the session issuer). Plain data, so that a container can
 * bind it and a plain function can build it alike.
 */
export interface Declared<T> {
  /** The key a container binds this declaration under; unique to it. */
  readonly token: Token<T>;
  readonly deps: readonly Dependency<unknown>[];
  /** Makes the instance from its dependencies, resolved in `deps` order. */
  readonly build: (args: readonly unknown[]) => T;
}

/** What one constructor parameter is built from. */
export type Dependency<T> = Token<T> | Declared<T>;

/** One dependency per constructor parameter, each typed by the parameter it fills. */
export type Dependencies<A extends readonly unknown[]> = { [K in keyof A]: Dependency<A[K]> };

/**
 * Declares `Class` built from `deps`, in constructor order. Each dependency carries the type of
 * what it names, so a token in the wrong place, or a missing one, does not compile.
 */
export function useCase<T, A extends unknown[]>(
  Class: new (...args: A) => T,
  deps: NoInfer<Dependencies<A>>,
): Declared<T> {
  return {
    token: Symbol(`campus.${Class.name}`),
    deps,
    // The arguments are resolved from `deps`, whose types the signature above checked.
    build: (args) => new Class(...(args as A)),
  };
}

/** A feature's use cases, by the name its delivery layer calls them. */
export type FeatureDeclaration = Readonly<Record<string, Declared<unknown>>>;

/** The instances a feature's declaration builds, typed per use case. */
export type UseCasesOf<D extends FeatureDeclaration> = {
  readonly [K in keyof D]: D[K] extends Declared<infer T> ? T : never;
};

export function isDeclared(dependency: Dependency<unknown>): dependency is Declared<unknown> {
  return typeof dependency !== 'symbol';
}

/** The key a container resolves a dependency by. */
export function keyOf(dependency: Dependency<unknown>): Token<unknown> {
  return isDeclared(dependency) ? dependency.token : dependency;
}

/** Every declaration `declarations` need, the parts they share included, each once. */
export function everyDeclaration(declarations: Iterable<Declared<unknown>>): Declared<unknown>[] {
  const seen = new Set<Declared<unknown>>();
  const visit = (declared: Declared<unknown>) => {
    if (seen.has(declared)) return;
    seen.add(declared);
    for (const dependency of declared.deps) if (isDeclared(dependency)) visit(dependency);
  };
  for (const declared of declarations) visit(declared);
  return [...seen];
}

/** Builds declarations without a container: each once, ports answered by `resolve`. */
export function builder(resolve: Resolve): <T>(declared: Declared<T>) => T {
  const made = new Map<Declared<unknown>, unknown>();
  const make = <T>(declared: Declared<T>): T => {
    if (made.has(declared)) return made.get(declared) as T;
    const instance = declared.build(declared.deps.map((dep) => (isDeclared(dep) ? make(dep) : resolve(dep))));
    made.set(declared, instance);
    return instance;
  };
  return make;
}
