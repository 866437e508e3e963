import type { Resolve, Token } from '@campus/domain';

/** One port of a composition and the instance that serves it; the token types the instance. */
export interface Provision<T> {
  readonly token: Token<T>;
  readonly value: T;
}

export function provide<T>(token: Token<T>, value: NoInfer<T>): Provision<T> {
  return { token, value };
}

export type Provisions = readonly Provision<unknown>[];

/**
 * One feature's adapters in one adapter set: its repositories over the set's shared handle (a
 * `MemoryDatabase`, a Sequelize handle). `get` answers what the modules before it provided.
 */
export type AdapterModule<H> = (handle: H, get: Resolve) => Provisions;

/** Ports by token. A later provision of a token replaces the earlier (a cache around a repository). */
export class Ports {
  private readonly byToken = new Map<symbol, Provision<unknown>>();

  constructor(provisions: Provisions = []) {
    this.add(provisions);
  }

  add(provisions: Provisions): this {
    for (const provision of provisions) this.byToken.set(provision.token, provision);
    return this;
  }

  /** Runs each module on `handle`, in order, adding what it provides. */
  load<H>(handle: H, modules: readonly AdapterModule<H>[]): this {
    for (const module of modules) this.add(module(handle, this.get));
    return this;
  }

  readonly get: Resolve = <T>(token: Token<T>): T => {
    const provision = this.byToken.get(token);
    if (!provision) throw new Error(`Nothing provides ${token.description ?? 'this token'}.`);
    return provision.value as T;
  };

  /** Every provision, one per token. */
  list(): Provision<unknown>[] {
    return [...this.byToken.values()];
  }
}
