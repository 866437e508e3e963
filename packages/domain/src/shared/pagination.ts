import { ValidationFailed } from './errors.js';

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

/** The most items a page may ask for. */
export const MAX_PAGE_LIMIT = 50;
/** A keyset value is a time in epoch ms or a count: an integer within the range of a Date. */
export const MAX_KEYSET_VALUE = 8.64e15;

/**
 * Checks a page request from outside before any adapter sees it: `limit` an integer from 1 to
 * MAX_PAGE_LIMIT, `after` null or a keyset whose value is an integer within a Date's range and
 * whose id is a string of 1 to 100 characters. Every list use case calls it, so an embedder's
 * caller that skips the HTTP edge's checks still gets VALIDATION_FAILED, never a database error.
 * @throws ValidationFailed
 */
export function checkPageRequest(page: PageRequest): PageRequest {
  const { limit, after } = page as { limit: unknown; after: unknown };
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw new ValidationFailed('limit', `The limit is a whole number from 1 to ${MAX_PAGE_LIMIT}.`);
  }
  if (after !== null) {
    const { value, id } = (after ?? {}) as { value?: unknown; id?: unknown };
    const valueOk =
      typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_KEYSET_VALUE;
    if (!valueOk || typeof id !== 'string' || id.length < 1 || id.length > 100) {
      throw new ValidationFailed('cursor', 'Not a cursor from a previous page.');
    }
  }
  return page;
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
