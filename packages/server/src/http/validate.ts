import type { z } from 'zod';
import { validationFailed } from './http-errors.js';

/** Parses `value` with `schema`, or answers 400 VALIDATION_FAILED naming every broken field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const malformed = pathOfMalformedText(value);
  if (malformed !== null)
    throw validationFailed([{ path: malformed || '(body)', message: MALFORMED_MESSAGE }]);
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
 * A surrogate that is not half of a pair (`"\ud800"` is valid JSON but not Unicode): in `u` mode
 * a pair reads as one code point, so only a lone half matches.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const malformed = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);
const MALFORMED_MESSAGE = 'Text must be well-formed Unicode, without NUL characters or lone surrogates.';

/**
 * Where text that no store keeps as it is hides in a value, in a string or a key: SQLite cuts
 * text short at a NUL, MySQL stores a lone surrogate as U+FFFD, memory as it is; refused here,
 * every store answers alike. Walked with a stack of its own, not by recursion: a 64 KiB body can
 * nest some 30,000 levels deep, past what the call stack takes. A step keeps its parent, so the
 * path is built only when found.
 */
function pathOfMalformedText(value: unknown): string | null {
  interface Step {
    value: unknown;
    key: string | number | null;
    parent: Step | null;
  }
  const pending: Step[] = [{ value, key: null, parent: null }];
  for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
    const current = step.value;
    if (typeof current === 'string') {
      if (malformed(current)) return pathTo(step);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) pending.push({ value: current[i], key: i, parent: step });
    } else if (current && typeof current === 'object') {
      const entries = Object.entries(current as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        if (malformed(key)) return pathTo({ key, parent: step });
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
