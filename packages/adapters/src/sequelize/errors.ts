import { SessionRevoked } from '@campus/domain';
import { ConnectionError, ForeignKeyConstraintError, TimeoutError, UniqueConstraintError } from 'sequelize';
import { ACCOUNT_GONE } from './migrations/0014-account-deletion.js';
import { STATEMENT_TIMEOUT } from './mysql-bounds.js';

/** Driver codes of a database that cannot be reached or cannot answer in time. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ETIMEDOUT',
  'EPIPE',
  'ER_CON_COUNT_ERROR',
  STATEMENT_TIMEOUT,
  // A row lock not had within the session's lock wait, and a deadlock: the statement (or, for a
  // deadlock, the transaction) was undone and nothing was written, so the client may try again.
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_LOCK_DEADLOCK',
]);

/**
 * True when the error means the database could not be reached, did not answer in time, or could
 * not give a lock in time: answered as 503 with Retry-After, never as 500. Covers SQLite's busy
 * database (Sequelize's TimeoutError), every fatal driver error (a connection that is gone), and
 * a driver's error as it is: a statement that times out while Sequelize commits or rolls back
 * reaches the caller unwrapped.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  if (isUnavailableDriverError(error)) return true;
  return (
    typeof error === 'object' && error !== null && 'parent' in error && isUnavailableDriverError(error.parent)
  );
}

/** True when InnoDB chose this statement's transaction as a deadlock's victim and rolled it back. */
export function isDeadlock(error: unknown): boolean {
  const codeOf = (value: unknown) =>
    typeof value === 'object' && value !== null && 'code' in value ? value.code : undefined;
  const parent = typeof error === 'object' && error !== null && 'parent' in error ? error.parent : undefined;
  return codeOf(error) === 'ER_LOCK_DEADLOCK' || codeOf(parent) === 'ER_LOCK_DEADLOCK';
}

/**
 * How often work is run in all when InnoDB picks it as a deadlock's victim. A victim was rolled
 * back whole (a unit of work's transaction, or a statement of its own), so nothing of it remains
 * and running it again is what MySQL's manual advises; two rows locked in opposite orders by
 * concurrent units (a report and a dismissal of one case) otherwise fail one of them.
 */
const DEADLOCK_ATTEMPTS = 3;

/** Runs `work`, and runs it again while it is a deadlock's victim and `mayRetry()` holds. */
export async function againAfterDeadlock<T>(
  work: () => Promise<T>,
  mayRetry: () => boolean = () => true,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error) || !mayRetry()) throw error;
    }
  }
}

function isUnavailableDriverError(driver: unknown): boolean {
  if (typeof driver !== 'object' || driver === null) return false;
  if ('fatal' in driver && driver.fatal === true) return true;
  return 'code' in driver && typeof driver.code === 'string' && UNAVAILABLE_CODES.has(driver.code);
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

/**
 * True when a write was refused because the account it names is gone: a write that raced the
 * account's deletion, whose session ended with it. Either migration 0014's triggers refused it (in
 * the place of the foreign keys to `users` that kept rows no longer have), or a foreign key to
 * `users` did (the tables whose rows go with the account keep theirs).
 */
export function isAccountGone(error: unknown): boolean {
  const messages = [error, (error as { parent?: unknown } | null)?.parent].map(
    (holder) => (holder as { message?: unknown } | null | undefined)?.message,
  );
  if (messages.some((message) => typeof message === 'string' && message.includes(ACCOUNT_GONE))) return true;
  return isForeignKeyToUsers(error);
}

/**
 * A foreign key to `users` broken by an insert or update (not by a delete of a parent row). MySQL
 * (errno 1452) names the key, so only one that references `users` counts. SQLite names none
 * ('FOREIGN KEY constraint failed'); there every one counts, as accounts are the only parents
 * deleted while another request may still write their children outside the unit that read them:
 * a timetable's courses, say, are written in the unit of work that read the timetable, and SQLite
 * runs one unit at a time.
 */
function isForeignKeyToUsers(error: unknown): boolean {
  const driver = (error as { parent?: unknown } | null)?.parent ?? error;
  const { errno, message } = (driver ?? {}) as { errno?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (errno === 1452 || text.includes('Cannot add or update a child row'))
    return /REFERENCES [`"]?users[`"]? /.test(text);
  if (error instanceof ForeignKeyConstraintError || text.includes('SQLITE_CONSTRAINT'))
    return text.includes('FOREIGN KEY constraint failed');
  return false;
}

/** Rethrows a write refused for a deleted account as `SessionRevoked`, anything else as it is. */
export function revokedIfAccountGone(error: unknown): never {
  if (isAccountGone(error)) throw new SessionRevoked();
  throw error;
}
