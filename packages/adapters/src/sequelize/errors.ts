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
 * Names the unique index a write broke, or null when it was another error: the index name on
 * MySQL, the table's columns on SQLite, so callers match on either (`users_username` or
 * `username`). Only names are returned, never the duplicate value, which could spell another
 * rule's name (a nickname "username").
 */
export function brokenUniqueIndex(error: unknown): string | null {
  if (!(error instanceof UniqueConstraintError)) return null;
  const driver = (error.parent as { message?: string } | undefined)?.message ?? '';
  const mysqlKey = /for key '([^']*)'/.exec(driver)?.[1] ?? '';
  const sqliteColumns = /UNIQUE constraint failed: ([^\n]*)/.exec(driver)?.[1] ?? '';
  return [...Object.keys(error.fields ?? {}), mysqlKey, sqliteColumns].join(' ');
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
