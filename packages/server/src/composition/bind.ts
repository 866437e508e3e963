import type { ContainerModuleLoadOptions, MapToResolvedValueInjectOptions } from 'inversify';

/**
 * Binds a plain class (no decorators) as a singleton built from the given tokens, in constructor
 * order. The compiler checks each token's type against the constructor's parameter.
 */
export function bindClass<T, A extends unknown[]>(
  options: ContainerModuleLoadOptions,
  Class: new (...args: A) => T,
  deps: MapToResolvedValueInjectOptions<A>,
): void {
  options
    .bind<T>(Class)
    .toResolvedValue((...args: A) => new Class(...args), deps)
    .inSingletonScope();
}
