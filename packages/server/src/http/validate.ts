import type { z } from 'zod';
import { validationFailed } from './http-errors.js';

/** Parses `value` with `schema`, or answers 400 VALIDATION_FAILED naming every broken field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const nul = pathOfNul(value);
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

/**
 * Where a NUL character hides in a value: no stored text holds one, and SQLite would cut it short.
 * Walked with a stack of its own, not by recursion: a 64 KiB body can nest some 30,000 levels deep,
 * past what the call stack takes. A step keeps its parent, so the path is built only when found.
 */
function pathOfNul(value: unknown): string | null {
  interface Step {
    value: unknown;
    key: string | number | null;
    parent: Step | null;
  }
  const pending: Step[] = [{ value, key: null, parent: null }];
  for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
    const current = step.value;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return pathTo(step);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) pending.push({ value: current[i], key: i, parent: step });
    } else if (current && typeof current === 'object') {
      const entries = Object.entries(current as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        pending.push({ value: item, key, parent: step });
      }
    }
  }
  return null;
}

function pathTo(step: { key: string | number | null; parent: typeof step | null }): string {
  const keys: (string | number)[] = [];
  for (let at: typeof step | null = step; at !== null && at.key !== null; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}
