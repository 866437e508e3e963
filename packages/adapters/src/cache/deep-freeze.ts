/**
 * Freezes a value and everything reachable from it, but Dates (which cannot be frozen usefully),
 * so that one value can be shared by every request that reads it. Already frozen parts are left
 * as they are.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || value instanceof Date)
    return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
