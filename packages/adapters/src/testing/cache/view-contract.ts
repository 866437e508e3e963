/// <reference types="mocha" />
import { expect } from 'chai';
import { accountDeletionRetirements } from '../../cache/account-deletion-retirements.js';
import { BoardPlaces, boardRetirements } from '../../cache/board-retirements.js';
import { blockRetirements, blocksErasureRetirements } from '../../cache/cached-block-repository.js';
import { courseRetirements } from '../../cache/cached-course-repositories.js';
import { identityRetirements } from '../../cache/cached-identity-repositories.js';
import type { CheckedCache } from '../../cache/checked-cache.js';
import { ViewCache } from '../../cache/view-cache.js';
import { SystemClock } from '../../system/index.js';
import { BoardWorld } from '../board/board-fixtures.js';
import { readAll, stage, writeCases, type ViewStores } from './view-contract-cases.js';
import { cachedViewStores } from './view-stores.js';

export type { ViewStores } from './view-contract-cases.js';
export { accountDeletionStores, cachedViewStores } from './view-stores.js';

/** A fault of the cache between a read and a write: `start` before the write, `end` once it was answered. */
export interface CacheFault {
  start(): Promise<void> | void;
  end(): Promise<void> | void;
}

export interface ViewCacheUnderTest {
  /** The stores on an empty storage, without any cache. */
  stores: ViewStores;
  /** The cache as the writing process and as a reading process reach it (the same one in process). */
  writer: CheckedCache;
  reader: CheckedCache;
  /** How to make each fault named to `viewCacheContract`. */
  faults?: Record<string, CacheFault>;
  /** How long a retirement may wait (shorter than in production, so that a lost one is quick to test). */
  retireBudgetMs?: number;
  teardown?: () => Promise<void>;
}

/**
 * The cache's contract: for every write use case, after reads behind the cache (in the writing
 * process and in another one), the write, once answered, leaves every read behind the cache equal
 * to the same read without it, in both processes; also when the cache faults around the write.
 */
export function viewCacheContract(
  name: string,
  setup: () => Promise<ViewCacheUnderTest | null>,
  faults: readonly string[] = [],
): void {
  describe(`views behind the cache equal the store after every write (${name})`, function () {
    this.timeout(30_000);
    let t: ViewCacheUnderTest | null = null;

    beforeEach(async function () {
      t = await setup();
      if (!t) this.skip();
    });
    afterEach(async () => {
      await t?.teardown?.();
      t = null;
    });

    it('given the retirement tables, then every write they name is run by a case below', () => {
      const places = new BoardPlaces(t!.stores.posts, t!.stores.comments);
      const tables = {
        ...boardRetirements(places),
        ...courseRetirements,
        ...identityRetirements(t!.stores.users),
        ...accountDeletionRetirements(t!.stores.boardErasure),
        blocks: blockRetirements,
        blocksErasure: blocksErasureRetirements(t!.stores.blocksErasure),
      };
      const named = Object.entries(tables).flatMap(([store, rules]) =>
        Object.keys(rules).map((m) => `${store}.${m}`),
      );
      const covered = new Set(writeCases.flatMap((c) => c.covers));
      expect(named.filter((write) => !covered.has(write))).to.deep.equal([]);
    });

    const none: CacheFault = { start: () => undefined, end: () => undefined };
    for (const fault of ['none', ...faults]) {
      for (const c of writeCases) {
        it(`given views read in two processes, when ${c.name} is answered with the cache ${fault}, then both read what the store holds`, async () => {
          const plan = fault === 'none' ? none : t!.faults?.[fault];
          if (!plan) throw new Error(`no way to make the fault "${fault}"`);
          const clock = new SystemClock();
          const budget = { retireBudgetMs: t!.retireBudgetMs ?? 500 };
          const writer = cachedViewStores(t!.stores, new ViewCache(t!.writer, clock, budget));
          const reader = cachedViewStores(t!.stores, new ViewCache(t!.reader, clock, budget));
          const s = await stage(new BoardWorld(t!.stores), t!.stores);
          const before = await readAll(t!.stores, s);
          expect(await readAll(writer, s)).to.deep.equal(before);
          expect(await readAll(reader, s)).to.deep.equal(before);
          expect(await readAll(reader, s)).to.deep.equal(before); // now from the cache

          await plan.start();
          await t!.stores.uow.run(() => c.write(writer, s));
          await plan.end();

          const after = await readAll(t!.stores, s);
          expect(after, 'the write changed nothing the views show').not.to.deep.equal(before);
          expect(await readAll(reader, s), 'another process').to.deep.equal(after);
          expect(await readAll(writer, s), 'the writing process').to.deep.equal(after);
        });
      }
    }
  });
}
