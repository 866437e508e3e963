/// <reference types="mocha" />
import type { UnitOfWork } from '@campus/domain';
import { expect } from 'chai';
import type { IdempotencyStore, IdempotentRequest } from '../../idempotency/idempotency-store.js';

export interface IdempotencyStoreSetup {
  /**
   * A store with a 10 s lease and a 24 h expiry, and the unit of work of the same database; null
   * when its database is unreachable (the suite then skips).
   */
  open(): Promise<{ store: IdempotencyStore; uow: UnitOfWork; dispose(): Promise<void> } | null>;
}

const HOUR = 3_600_000;
const answer = { status: 201, body: '{"id":"1","title":"침착맨 🙂"}' };

/** What every IdempotencyStore must do, on memory, SQLite and MySQL alike. */
export function idempotencyStoreContract(name: string, setup: IdempotencyStoreSetup): void {
  describe(`IdempotencyStore contract (${name})`, () => {
    let store: IdempotencyStore;
    let uow: UnitOfWork;
    let dispose: (() => Promise<void>) | undefined;
    let n = 0;
    let request: IdempotentRequest;
    // Each test has a time of its own, ten days after the last, so keys of earlier tests have
    // expired by then (and are pruned first).
    let T0: Date;
    const later = (ms: number) => new Date(T0.getTime() + ms);
    before(async function () {
      const opened = await setup.open();
      if (!opened) return this.skip();
      ({ store, uow, dispose } = opened);
    });
    beforeEach(async () => {
      n += 1;
      T0 = new Date(Date.UTC(2026, 0, 1) + n * 10 * 24 * HOUR);
      await store.prune(T0);
      request = {
        scope: '0190a000-0000-7000-8000-000000000001',
        key: `key-${n}`,
        fingerprint: 'a'.repeat(64),
      };
    });
    after(() => dispose?.());

    it('given a new key, when claimed twice, then the first claims it and the second finds it in use', async () => {
      expect(await store.claim(request, 'attempt-1', T0)).to.deep.equal({ outcome: 'claimed' });
      expect(await store.claim(request, 'attempt-2', later(1000))).to.deep.equal({ outcome: 'in_use' });
      const other = { ...request, fingerprint: 'b'.repeat(64) };
      expect(await store.claim(other, 'attempt-3', later(1000))).to.deep.equal({ outcome: 'reused' });
    });

    it('given an answer stored in a committed unit, when claimed again, then the answer is replayed, byte for byte', async () => {
      await store.claim(request, 'attempt-1', T0);
      expect(await uow.run(() => store.complete(request, 'attempt-1', answer))).to.equal(true);
      expect(await store.claim(request, 'attempt-2', later(HOUR))).to.deep.equal({
        outcome: 'replay',
        answer,
      });
      const other = { ...request, fingerprint: 'b'.repeat(64) };
      expect(await store.claim(other, 'attempt-3', later(HOUR))).to.deep.equal({ outcome: 'reused' });
      await store.release(request, 'attempt-1');
      expect(await store.claim(request, 'attempt-4', later(HOUR))).to.deep.equal({
        outcome: 'replay',
        answer,
      });
    });

    it('given an answer stored in a unit that rolls back, then nothing is stored and a release frees the key', async () => {
      await store.claim(request, 'attempt-1', T0);
      const failed = uow.run(async () => {
        await store.complete(request, 'attempt-1', answer);
        throw new Error('boom');
      });
      expect(
        await failed.then(
          () => 'resolved',
          (error: unknown) => String(error),
        ),
      ).to.match(/boom/);
      expect(await store.claim(request, 'attempt-2', later(1000))).to.deep.equal({ outcome: 'in_use' });
      await store.release(request, 'attempt-1');
      expect(await store.claim(request, 'attempt-2', later(1000))).to.deep.equal({ outcome: 'claimed' });
    });

    it('given an attempt past its lease, when another claims, then it takes over and the first can no longer answer', async () => {
      await store.claim(request, 'attempt-1', T0);
      expect(await store.claim(request, 'attempt-2', later(9_000))).to.deep.equal({ outcome: 'in_use' });
      expect(await store.claim(request, 'attempt-2', later(11_000))).to.deep.equal({ outcome: 'claimed' });
      expect(await uow.run(() => store.complete(request, 'attempt-1', answer))).to.equal(false);
      await store.release(request, 'attempt-1');
      expect(await uow.run(() => store.complete(request, 'attempt-2', answer))).to.equal(true);
      expect(await store.claim(request, 'attempt-3', later(12_000))).to.deep.equal({
        outcome: 'replay',
        answer,
      });
    });

    it('given a key older than a day, then it is claimed afresh, for any request, and pruned', async () => {
      await store.claim(request, 'attempt-1', T0);
      await uow.run(() => store.complete(request, 'attempt-1', answer));
      const other = { ...request, key: `${request.key}-b` };
      await store.claim(other, 'attempt-2', later(HOUR));
      expect(await store.prune(later(24 * HOUR - 1))).to.equal(0);
      const changed = { ...request, fingerprint: 'b'.repeat(64) };
      expect(await store.claim(changed, 'attempt-3', later(24 * HOUR))).to.deep.equal({ outcome: 'claimed' });
      expect(await store.prune(later(25 * HOUR))).to.equal(1);
      expect(await store.claim(other, 'attempt-4', later(25 * HOUR))).to.deep.equal({ outcome: 'claimed' });
    });

    it('given the same key in two scopes, then they are two keys', async () => {
      expect(await store.claim(request, 'attempt-1', T0)).to.deep.equal({ outcome: 'claimed' });
      const elsewhere = { ...request, scope: 'signup', fingerprint: 'b'.repeat(64) };
      expect(await store.claim(elsewhere, 'attempt-2', T0)).to.deep.equal({ outcome: 'claimed' });
    });

    it('given eight claims of one key at once, then exactly one has it', async () => {
      const claims = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.claim(request, `attempt-${i}`, T0)),
      );
      expect(claims.filter((c) => c.outcome === 'claimed')).to.have.length(1);
      expect(claims.filter((c) => c.outcome === 'in_use')).to.have.length(7);
    });

    it('given a key of 255 printable characters, then it is kept whole', async () => {
      const long = { ...request, key: `${'~'.repeat(250)}${n}`.slice(-255).padStart(255, '!') };
      await store.claim(long, 'attempt-1', T0);
      await uow.run(() => store.complete(long, 'attempt-1', answer));
      expect(await store.claim(long, 'attempt-2', T0)).to.deep.equal({ outcome: 'replay', answer });
      const prefix = { ...long, key: long.key.slice(0, 254) };
      expect(await store.claim(prefix, 'attempt-3', T0)).to.deep.equal({ outcome: 'claimed' });
    });
  });
}
