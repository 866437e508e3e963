import type { Token } from '@campus/domain';
import type { ContainerModuleLoadOptions } from 'inversify';

/** What a constructor parameter is resolved from: a typed token, or a class bound by itself. */
export type Dependency<T> = Token<T> | (new (...args: never[]) => T);

/** One dependency per constructor parameter, each typed by the parameter it fills. */
export type Dependencies<A extends readonly unknown[]> = { [K in keyof A]: Dependency<A[K]> };

/**
 * Binds a plain class (no decorators) as a singleton built from the given tokens, in constructor
 * order. Each token carries its port's type, so a token in the wrong place does not compile.
 */
export function bindClass<T, A extends unknown[]>(
  options: ContainerModuleLoadOptions,
  Class: new (...args: A) => T,
  deps: NoInfer<Dependencies<A>>,
): void {
  options
    .bind<T>(Class)
    .toResolvedValue((...args: A) => new Class(...args), deps as never)
    .inSingletonScope();
}
