import type { z } from 'zod';
import { validationFailed } from './http-errors.js';

/** Parses `value` with `schema`, or answers 400 VALIDATION_FAILED naming every broken field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const nul = pathOfNul(value, []);
  if (nul !== null)
    throw validationFailed([{ path: nul || '(body)', message: 'Text may not contain NUL characters.' }]);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationFailed(
    result.error.issues.map((issue) => ({
      path: issue.path.length > 0 ? issue.path.join('.') : (unknownKey(issue) ?? '(body)'),
      message: issue.message,
    })),
  );
}

function unknownKey(issue: z.core.$ZodIssue): string | undefined {
  return issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : undefined;
}

/** Where a NUL character hides in a value: no stored text holds one, and SQLite would cut it short. */
function pathOfNul(value: unknown, path: (string | number)[]): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = pathOfNul(item, [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNul(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
