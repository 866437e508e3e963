/// <reference types="mocha" />
import { randomUUID } from 'node:crypto';
import type { LoginAttemptStore } from '@campus/domain';
import { expect } from 'chai';

export interface LoginAttemptsUnderTest {
  /**
   * Two stores that must share what they record: two instances on one Redis (that is what makes
   * the throttle count across servers), or one in-process store twice.
   */
  stores: [LoginAttemptStore, LoginAttemptStore];
  teardown?: () => Promise<void>;
}

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const times = (dates: Date[]) => dates.map((d) => d.getTime()).sort((x, y) => x - y);
const WINDOW = 900_000;

/** What every LoginAttemptStore must do. `setup` answers null to skip (a missing service). */
export function loginAttemptStoreContract(
  name: string,
  setup: () => Promise<LoginAttemptsUnderTest | null>,
): void {
  describe(`LoginAttemptStore contract (${name})`, function () {
    let t: LoginAttemptsUnderTest | null = null;
    let n = 0;
    // Unique per run and test, so a shared Redis needs no flushing; the sets expire with their window.
    const run = randomUUID().slice(0, 8);
    const user = () => `contract_user_${run}_${++n}`;

    beforeEach(async function () {
      t = await setup();
      if (!t) this.skip();
    });
    afterEach(async () => {
      await t?.teardown?.();
      t = null;
    });

    it('given failures recorded through either store, when read through the other, then all are seen', async () => {
      const u = user();
      const [a, b] = t!.stores;
      await a.recordFailure(u, at(0), WINDOW);
      await b.recordFailure(u, at(1), WINDOW);
      await a.recordFailure(u, at(2), WINDOW);
      expect(times(await b.recentFailures(u, at(-1)))).to.deep.equal(times([at(0), at(1), at(2)]));
      expect(times(await a.recentFailures(u, at(-1)))).to.deep.equal(times([at(0), at(1), at(2)]));
    });

    it('given failures in the same millisecond, when recorded by one or both stores, then each counts', async () => {
      const u = user();
      const [a, b] = t!.stores;
      await Promise.all([a.recordFailure(u, at(5), WINDOW), a.recordFailure(u, at(5), WINDOW)]);
      await b.recordFailure(u, at(5), WINDOW);
      expect(await a.recentFailures(u, at(4))).to.have.length(3);
    });

    it('given failures, when read since a time, then only those strictly after it', async () => {
      const u = user();
      const [a] = t!.stores;
      for (const s of [0, 10, 20]) await a.recordFailure(u, at(s), WINDOW);
      expect(times(await a.recentFailures(u, at(10)))).to.deep.equal([at(20).getTime()]);
      expect(await a.recentFailures(u, at(20))).to.deep.equal([]);
    });

    it('given old failures, when a new one is recorded past their window, then they are pruned', async () => {
      const u = user();
      const [a, b] = t!.stores;
      await a.recordFailure(u, at(0), WINDOW);
      await a.recordFailure(u, at(10), WINDOW);
      await b.recordFailure(u, at(905), WINDOW);
      expect(times(await b.recentFailures(u, at(-1)))).to.deep.equal(times([at(10), at(905)]));
    });

    it('given failures of two usernames, when one is cleared through the other store, then only it is empty', async () => {
      const [u, v] = [user(), user()];
      const [a, b] = t!.stores;
      await a.recordFailure(u, at(0), WINDOW);
      await a.recordFailure(v, at(0), WINDOW);
      await b.clear(u);
      await b.clear(user());
      expect(await a.recentFailures(u, at(-1))).to.deep.equal([]);
      expect(await a.recentFailures(v, at(-1))).to.have.length(1);
    });
  });
}
