import { ConnectionError, TimeoutError, UniqueConstraintError } from 'sequelize';

/** True when the error means the database could not be reached (answered as 503). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  const code = (error as { parent?: { code?: unknown }; original?: { code?: unknown } })?.parent?.code;
  return (
    typeof code === 'string' &&
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'PROTOCOL_CONNECTION_LOST',
      'ETIMEDOUT',
      'EPIPE',
      'ER_CON_COUNT_ERROR',
    ].includes(code)
  );
}

/**
 * Names the unique index a write broke, or null when it was another error. MySQL reports the
 * index name; SQLite reports the columns, so callers match on either (`users_username` or
 * `username`).
 */
export function brokenUniqueIndex(error: unknown): string | null {
  if (!(error instanceof UniqueConstraintError)) return null;
  const message = [error.message, (error.parent as { message?: string } | undefined)?.message ?? '']
    .concat(Object.keys(error.fields ?? {}))
    .join(' ');
  return message;
}

/** Rethrows a unique violation as the domain error of the first matching rule, else as it is. */
export function translateUnique(
  error: unknown,
  rules: readonly [pattern: RegExp, toError: () => Error][],
): never {
  const broken = brokenUniqueIndex(error);
  if (broken !== null) {
    for (const [pattern, toError] of rules) if (pattern.test(broken)) throw toError();
  }
  throw error;
}
