import { isShared } from '@campus/application';

/**
 * `build(view)`, kept with each shared view while it lives: a view the use cases share between
 * readers cannot change (see `share`), so neither can what is built from it alone. Any other view
 * is built for its call.
 */
export function keptFor<T extends object, R>(build: (view: T) => R): (view: T) => R {
  const kept = new WeakMap<T, R>();
  return (view) => {
    if (!isShared(view)) return build(view);
    if (kept.has(view)) return kept.get(view)!;
    const built = build(view);
    kept.set(view, built);
    return built;
  };
}

const writers = new WeakMap<object, (view: object) => Buffer>();

/**
 * `present`, then `JSON.stringify`, in UTF-8: written once per shared view (encoding a long text
 * costs about as much as writing it). The bytes are shared: callers send them or copy them into
 * their answer, and never change them.
 */
export function jsonWriterOf<T extends object>(present: (view: T) => unknown): (view: T) => Buffer {
  let writer = writers.get(present);
  if (!writer) {
    writer = keptFor((view: object) => Buffer.from(JSON.stringify(present(view as T))));
    writers.set(present, writer);
  }
  return writer;
}
