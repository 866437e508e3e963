import type { Token } from '@campus/domain';
import type { CacheModule } from '../../cache/cache-module.js';
import type { ViewCache } from '../../cache/view-cache.js';
import { Ports, provide, type Provision } from '../../composition/provisions.js';

/**
 * The token each named store serves (its own port's, or one of a narrower seam it also offers, such
 * as a unit of work's `AFTER_COMMIT`); stores without one (a teardown, say) pass through as they are.
 */
export type TokensOf<S> = { [K in keyof S]?: Token<S[K]> | Token<Partial<S[K]>> };

/**
 * Named stores behind the view cache, wrapped by `modules` as the server wraps its ports: each
 * store goes in under its token, and comes back out, cached or not, under its name.
 */
export function cachedByName<S extends object>(
  stores: S,
  tokens: TokensOf<S>,
  modules: readonly CacheModule[],
  views: ViewCache,
): S {
  const names = Object.keys(tokens) as (keyof S)[];
  const raw = <K extends keyof S>(name: K): Provision<unknown> =>
    provide(tokens[name] as Token<S[K]>, stores[name]);
  const ports = new Ports(names.map(raw));
  for (const module of modules) ports.add(module(ports.get, views));
  const cached = <K extends keyof S>(name: K) => [name, ports.get(tokens[name] as Token<S[K]>)];
  return { ...stores, ...(Object.fromEntries(names.map(cached)) as Partial<S>) };
}
