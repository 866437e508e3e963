import {
  IDEMPOTENCY_TIMES,
  judgeExisting,
  type IdempotencyClaim,
  type IdempotencyStore,
  type IdempotencyTimes,
  type IdempotentRequest,
  type StoredAnswer,
} from '../../idempotency/idempotency-store.js';
import { brokenUniqueIndex } from '../errors.js';
import { toTime, type Sql } from '../sql.js';

interface KeyRow {
  fingerprint: string;
  attempt: string;
  state: string;
  response_status: number | null;
  response_body: string | null;
  lease_until: Date | string;
  expires_at: Date | string;
}

const WHERE_KEY = 'scope = :scope AND idempotency_key = :key';

/**
 * Keys in `idempotency_keys`. Every change is one statement that says what it expects to find, so
 * two instances racing for a key cannot both have it: the primary key decides the insert, and a
 * takeover or an answer names the attempt it replaces.
 */
export class SequelizeIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly sql: Sql,
    private readonly times: IdempotencyTimes = IDEMPOTENCY_TIMES,
  ) {}

  async claim(request: IdempotentRequest, attempt: string, now: Date): Promise<IdempotencyClaim> {
    // A row can vanish (released) or change (taken over) between two statements: look again.
    for (let look = 1; look <= 3; look++) {
      if (await this.insert(request, attempt, now)) return { outcome: 'claimed' };
      const row = await this.sql.one<KeyRow>(`SELECT * FROM idempotency_keys WHERE ${WHERE_KEY}`, {
        scope: request.scope,
        key: request.key,
      });
      if (!row) continue;
      const judged = judgeExisting(
        {
          fingerprint: row.fingerprint,
          attempt: row.attempt,
          state: row.state === 'done' ? 'done' : 'running',
          answer:
            row.response_status === null || row.response_body === null
              ? null
              : { status: Number(row.response_status), body: row.response_body },
          leaseUntil: toTime(row.lease_until),
          expiresAt: toTime(row.expires_at),
        },
        request.fingerprint,
        now,
      );
      if (judged !== 'take') return judged;
      if (await this.takeOver(request, row.attempt, attempt, now)) return { outcome: 'claimed' };
    }
    return { outcome: 'in_use' };
  }

  async complete(request: IdempotentRequest, attempt: string, answer: StoredAnswer): Promise<boolean> {
    const changed = await this.sql.run(
      `UPDATE idempotency_keys SET state = 'done', response_status = :status, response_body = :body
        WHERE ${WHERE_KEY} AND attempt = :attempt AND state = 'running'`,
      { scope: request.scope, key: request.key, attempt, status: answer.status, body: answer.body },
    );
    return changed === 1;
  }

  async release(request: IdempotentRequest, attempt: string): Promise<void> {
    await this.sql.run(
      `DELETE FROM idempotency_keys WHERE ${WHERE_KEY} AND attempt = :attempt AND state = 'running'`,
      { scope: request.scope, key: request.key, attempt },
    );
  }

  prune(now: Date): Promise<number> {
    // In slices on MySQL, so one prune never holds many row locks; SQLite has one writer anyway.
    const limit = this.sql.dialect === 'mysql' ? ' LIMIT 1000' : '';
    return this.sql.run(`DELETE FROM idempotency_keys WHERE expires_at <= :now${limit}`, {
      now: this.sql.time(now),
    });
  }

  private async insert(request: IdempotentRequest, attempt: string, now: Date): Promise<boolean> {
    try {
      await this.sql.run(
        `INSERT INTO idempotency_keys
           (scope, idempotency_key, fingerprint, attempt, state, created_at, lease_until, expires_at)
         VALUES (:scope, :key, :fingerprint, :attempt, 'running', :now, :leaseUntil, :expiresAt)`,
        { ...this.fresh(request, attempt, now) },
      );
      return true;
    } catch (error) {
      if (brokenUniqueIndex(error) === null) throw error;
      return false;
    }
  }

  /** Takes the key from `previous`, if it still holds it and may lose it (expired, lease over). */
  private async takeOver(
    request: IdempotentRequest,
    previous: string,
    attempt: string,
    now: Date,
  ): Promise<boolean> {
    const changed = await this.sql.run(
      `UPDATE idempotency_keys
          SET fingerprint = :fingerprint, attempt = :attempt, state = 'running', response_status = NULL,
              response_body = NULL, created_at = :now, lease_until = :leaseUntil, expires_at = :expiresAt
        WHERE ${WHERE_KEY} AND attempt = :previous
          AND (expires_at <= :now OR (state = 'running' AND lease_until <= :now))`,
      { ...this.fresh(request, attempt, now), previous },
    );
    return changed === 1;
  }

  private fresh(request: IdempotentRequest, attempt: string, now: Date) {
    return {
      scope: request.scope,
      key: request.key,
      fingerprint: request.fingerprint,
      attempt,
      now: this.sql.time(now),
      leaseUntil: this.sql.time(new Date(now.getTime() + this.times.leaseMs)),
      expiresAt: this.sql.time(new Date(now.getTime() + this.times.ttlMs)),
    };
  }
}
