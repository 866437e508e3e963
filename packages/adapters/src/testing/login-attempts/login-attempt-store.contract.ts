/// <reference types="mocha" />
import { randomUUID } from 'node:crypto';
import type { LoginAttemptStore } from '@campus/domain';
import { expect } from 'chai';

export interface LoginAttemptsUnderTest {
  /**
   * Two stores that must share what they count: two instances on one Redis (that is what makes
   * the throttle count across servers), or one in-process store twice.
   */
  stores: [LoginAttemptStore, LoginAttemptStore];
  teardown?: () => Promise<void>;
}

const WINDOW = 900_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What every LoginAttemptStore must do. Windows run on real time (Redis expires keys by its own
 * clock), so `now` is the real time here. `setup` answers null to skip (a missing service).
 */
export function loginAttemptStoreContract(
  name: string,
  setup: () => Promise<LoginAttemptsUnderTest | null>,
): void {
  describe(`LoginAttemptStore contract (${name})`, function () {
    let t: LoginAttemptsUnderTest | null = null;
    let n = 0;
    // Unique per run and test, so a shared Redis needs no flushing; the keys expire with their window.
    const run = randomUUID().slice(0, 8);
    const key = () => `user:contract_${run}_${++n}`;

    beforeEach(async function () {
      t = await setup();
      if (!t) this.skip();
    });
    afterEach(async () => {
      await t?.teardown?.();
      t = null;
    });

    it('given attempts taken through either store, then each sees the count of both, this one included', async () => {
      const k = key();
      const [a, b] = t!.stores;
      expect((await a.take(k, new Date(), WINDOW)).count).to.equal(1);
      expect((await b.take(k, new Date(), WINDOW)).count).to.equal(2);
      const third = await a.take(k, new Date(), WINDOW);
      expect(third.count).to.equal(3);
      expect(third.resetsAt.getTime() - Date.now()).to.be.within(WINDOW - 5_000, WINDOW);
    });

    it('given forty attempts racing through both stores, then each gets a count of its own', async () => {
      const k = key();
      const [a, b] = t!.stores;
      const slots = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take(k, new Date(), WINDOW)),
      );
      expect(slots.map((s) => s.count).sort((x, y) => x - y)).to.deep.equal(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    });

    it('given a released attempt, then it no longer counts, and releasing it again changes nothing', async () => {
      const k = key();
      const [a, b] = t!.stores;
      await a.take(k, new Date(), WINDOW);
      const second = await a.take(k, new Date(), WINDOW);
      await second.release();
      await second.release();
      expect((await b.take(k, new Date(), WINDOW)).count).to.equal(2);
    });

    it('given a window that has ended, then counting starts again, and an old release takes nothing from it', async () => {
      const k = key();
      const [a, b] = t!.stores;
      const old = await a.take(k, new Date(), 200);
      await a.take(k, new Date(), 200);
      await sleep(300);
      expect((await b.take(k, new Date(), 200)).count).to.equal(1);
      await old.release();
      expect((await a.take(k, new Date(), 200)).count).to.equal(2);
    });

    it('given attempts on two keys, then they count apart', async () => {
      const [k, l] = [key(), key()];
      const [a, b] = t!.stores;
      await a.take(k, new Date(), WINDOW);
      await a.take(k, new Date(), WINDOW);
      expect((await b.take(l, new Date(), WINDOW)).count).to.equal(1);
    });
  });
}
