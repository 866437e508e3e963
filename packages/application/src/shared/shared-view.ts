/*
 * Views handed to several readers as one object. A cache gives every reader the same records; a
 * view built from those records alone (a post's summary, a thread as a reader who wrote none of it
 * sees it) is the same for all of them, so it is built once, frozen, and shared. Sharing is
 * explicit: only `share` makes a shared view, the type says so, and `isShared` asks the registry
 * `share` keeps, so what is derived from a view (its JSON) may be kept with it safely.
 */

declare const sharedView: unique symbol;

/** Readonly all the way down (Dates are values: nobody sets them). */
export type DeepReadonly<T> = T extends Date
  ? Date
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** A view that other readers hold too: nobody may change it. */
export type Shared<T> = DeepReadonly<T> & { readonly [sharedView]: true };

const registry = new WeakSet<object>();

function freeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || value instanceof Date) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) freeze(inner);
}

/** Freezes `view` and everything in it, and registers it as shared. */
export function share<T extends object>(view: T): Shared<T> {
  freeze(view);
  registry.add(view);
  return view as Shared<T>;
}

/** Whether `view` was made by `share` (and so can never change). */
export function isShared(view: object): boolean {
  return registry.has(view);
}

/**
 * `build(key)`, built once per key object and shared while the key lives. The key must not change
 * either: callers key by records that nobody writes to once read (readonly in their type).
 */
export function sharedBy<K extends object, T extends object>(build: (key: K) => T): (key: K) => Shared<T> {
  const built = new WeakMap<K, Shared<T>>();
  return (key) => {
    let view = built.get(key);
    if (!view) {
      view = share(build(key));
      built.set(key, view);
    }
    return view;
  };
}
