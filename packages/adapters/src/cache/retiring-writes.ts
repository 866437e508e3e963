/** Scope keys, as a rule gives them: at once or after a look-up. */
export type Scopes = readonly string[] | Promise<readonly string[]>;

type Method = (...args: never[]) => Promise<unknown>;
type ArgsOf<F> = F extends (...args: infer A) => Promise<unknown> ? A : never;
type ResultOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/**
 * What one write retires: a function of its arguments and its result, or, when that needs the
 * state before the write (a nickname that changed), `before` runs first and its answer is passed on.
 */
export type Retirement<F> =
  | ((args: ArgsOf<F>, result: ResultOf<F>) => Scopes)
  | {
      before: (args: ArgsOf<F>) => Promise<unknown>;
      retires: (args: ArgsOf<F>, result: ResultOf<F>, before: unknown) => Scopes;
    };

/** A store's writes and the scopes each retires; a write left out retires nothing. */
export type Retirements<T> = { [K in keyof T]?: T[K] extends Method ? Retirement<T[K]> : never };

/** Reads whose answers teach something a later retirement needs (where a post lives). */
export type Remembers<T> = {
  [K in keyof T]?: T[K] extends Method ? (result: ResultOf<T[K]>) => void : never;
};

/**
 * `inner` with each write of `retires` followed by the retirement of its scopes (which takes
 * effect once the unit of work commits, see `ViewCache.retire`), and each read of `remembers`
 * reporting its answer. Every other method is `inner`'s own. One decorator for every store, so
 * which write retires what is said once, in the tables beside the views, and nowhere else.
 */
export function retiringWrites<T extends object>(
  inner: T,
  retire: (scopes: readonly string[]) => Promise<void>,
  retires: Retirements<T>,
  remembers: Remembers<T> = {},
): T {
  const wrapped: Record<string, unknown> = {};
  for (const name of methodNames(inner)) {
    const method = (inner as Record<string, unknown>)[name] as (...args: unknown[]) => Promise<unknown>;
    const rule = (retires as Record<string, Retirement<Method> | undefined>)[name];
    const remember = (remembers as Record<string, ((result: unknown) => void) | undefined>)[name];
    if (rule) {
      wrapped[name] = async (...args: never[]) => {
        const before = typeof rule === 'function' ? undefined : await rule.before(args);
        const result = await method.apply(inner, args);
        const scopes = await (typeof rule === 'function'
          ? rule(args, result)
          : rule.retires(args, result, before));
        if (scopes.length > 0) await retire(scopes);
        return result;
      };
    } else if (remember) {
      wrapped[name] = async (...args: unknown[]) => {
        const result = await method.apply(inner, args);
        remember(result);
        return result;
      };
    } else {
      wrapped[name] = method.bind(inner);
    }
  }
  return wrapped as T;
}

/** The methods of an object: its own functions and those of its classes. */
function methodNames(object: object): string[] {
  const names = new Set<string>();
  for (
    let o: object | null = object;
    o !== null && o !== Object.prototype;
    o = Object.getPrototypeOf(o) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name !== 'constructor' && typeof (object as Record<string, unknown>)[name] === 'function')
        names.add(name);
    }
  }
  return [...names];
}
