import type { z } from 'zod';
import { validationFailed } from './http-errors.js';

/** Parses `value` with `schema`, or answers 400 VALIDATION_FAILED naming every broken field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
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
