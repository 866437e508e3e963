import {
  IDEMPOTENCY_TIMES,
  judgeExisting,
  type IdempotencyClaim,
  type IdempotencyRow,
  type IdempotencyStore,
  type IdempotencyTimes,
  type IdempotentRequest,
  type StoredAnswer,
} from '../../idempotency/idempotency-store.js';
import type { MemoryDatabase } from '../memory-database.js';

/**
 * Keys in a table of the `MemoryDatabase`: `complete` inside a unit of work is undone with it,
 * as a SQL transaction would undo it. Each method runs without yielding, so it is atomic.
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly rows: Map<string, IdempotencyRow>;

  constructor(
    db: MemoryDatabase,
    private readonly times: IdempotencyTimes = IDEMPOTENCY_TIMES,
  ) {
    this.rows = db.table<IdempotencyRow>('idempotency_keys');
  }

  claim(request: IdempotentRequest, attempt: string, now: Date): Promise<IdempotencyClaim> {
    const id = keyOf(request);
    const row = this.rows.get(id);
    const judged = row ? judgeExisting(row, request.fingerprint, now) : 'take';
    if (judged !== 'take') return Promise.resolve(judged);
    this.rows.set(id, {
      fingerprint: request.fingerprint,
      attempt,
      state: 'running',
      answer: null,
      leaseUntil: new Date(now.getTime() + this.times.leaseMs),
      expiresAt: new Date(now.getTime() + this.times.ttlMs),
    });
    return Promise.resolve({ outcome: 'claimed' });
  }

  complete(request: IdempotentRequest, attempt: string, answer: StoredAnswer): Promise<boolean> {
    const id = keyOf(request);
    const row = this.rows.get(id);
    if (!row || row.attempt !== attempt || row.state !== 'running') return Promise.resolve(false);
    this.rows.set(id, { ...row, state: 'done', answer: { ...answer } });
    return Promise.resolve(true);
  }

  release(request: IdempotentRequest, attempt: string): Promise<void> {
    const id = keyOf(request);
    const row = this.rows.get(id);
    if (row && row.attempt === attempt && row.state === 'running') this.rows.delete(id);
    return Promise.resolve();
  }

  prune(now: Date): Promise<number> {
    let pruned = 0;
    for (const [id, row] of this.rows) {
      if (row.expiresAt.getTime() > now.getTime()) continue;
      this.rows.delete(id);
      pruned += 1;
    }
    return Promise.resolve(pruned);
  }
}

const keyOf = (request: IdempotentRequest) => JSON.stringify([request.scope, request.key]);
