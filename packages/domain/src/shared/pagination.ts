/**
 * Where a keyset page starts: strictly after this (value, id) pair in the list's order. `value` is
 * the sort key as a number: epoch milliseconds for time-ordered lists, a count for ranked ones.
 */
export interface Keyset {
  value: number;
  id: string;
}

export interface PageRequest {
  limit: number;
  after: Keyset | null;
}

export interface Page<T> {
  items: T[];
  /** The keyset of the last item, when more items may follow. */
  next: Keyset | null;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only tells that more follow. */
export function pageFrom<T>(rows: T[], limit: number, keyOf: (item: T) => Keyset): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? keyOf(last) : null };
}

/** Keyset comparison for "newest first" lists: is (value, id) after the cursor? */
export function isAfterDescending(value: number, id: string, after: Keyset | null): boolean {
  if (!after) return true;
  return value < after.value || (value === after.value && id < after.id);
}
