/**
 * The keys of `map` oldest first, for a bounded map that removes each key it is given: its
 * eviction order. A key set again after being removed counts from its new place.
 *
 * `map.keys().next()` on every eviction is what it replaces: a Map keeps removed entries as holes
 * until it next rebuilds its table, and a fresh iterator steps over every hole at the front, where
 * a bounded map removes its entries. At 10,000 entries that cost 9.5 µs an eviction instead of
 * 0.2 (half the cost of a view cache miss). This iterator stays where it stopped, so each hole is
 * stepped over once; once it has run out (the map emptied) it starts again.
 */
export function oldestFirst<K>(map: Map<K, unknown>): () => K | undefined {
  let keys = map.keys();
  return () => {
    let next = keys.next();
    if (next.done) {
      keys = map.keys();
      next = keys.next();
    }
    return next.done ? undefined : next.value;
  };
}
