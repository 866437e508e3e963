/// <reference types="mocha" />
import { randomUUID } from 'node:crypto';
import type { WriteGranted, WriteLimiter, WriteRefused } from '@campus/domain';
import { expect } from 'chai';

export interface WriteLimitersUnderTest {
  /**
   * Two limiters that must share what they count: two instances on one Redis (that is what makes
   * the limits hold across servers), or one in-process limiter twice.
   */
  limiters: [WriteLimiter, WriteLimiter];
  teardown?: () => Promise<void>;
}

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const at = (ms: number) => new Date(T0 + ms);

function granted(answer: WriteGranted | WriteRefused): WriteGranted {
  expect(answer.granted, 'granted').to.equal(true);
  return answer as WriteGranted;
}
function refusedFor(answer: WriteGranted | WriteRefused): number {
  expect(answer.granted, 'refused').to.equal(false);
  return (answer as WriteRefused).retryAfterMs;
}

/**
 * What every WriteLimiter must do. Windows end by the `now` the caller gives, so the tests move
 * time by passing it. `setup` answers null to skip (a missing service).
 */
export function writeLimiterContract(
  name: string,
  setup: () => Promise<WriteLimitersUnderTest | null>,
): void {
  describe(`WriteLimiter contract (${name})`, function () {
    let t: WriteLimitersUnderTest | null = null;
    let n = 0;
    // Unique per run and test, so a shared Redis needs no flushing; the keys expire with their window.
    const run = randomUUID().slice(0, 8);
    const key = () => `post:contract_${run}_${++n}`;

    beforeEach(async function () {
      t = await setup();
      if (!t) this.skip();
    });
    afterEach(async () => {
      await t?.teardown?.();
      t = null;
    });

    it('given a write through one limiter, then the other refuses the next until the window ends, and says how long', async () => {
      const k = key();
      const [a, b] = t!.limiters;
      granted(await a.take(k, at(0), 10_000, 1));
      expect(refusedFor(await b.take(k, at(2_500), 10_000, 1))).to.equal(7_500);
      expect(refusedFor(await a.take(k, at(9_999), 10_000, 1))).to.equal(1);
      granted(await b.take(k, at(10_000), 10_000, 1));
      expect(refusedFor(await a.take(k, at(10_001), 10_000, 1))).to.equal(9_999);
    });

    it('given a budget of three, then three writes through either limiter go through and a refused one counts nothing', async () => {
      const k = key();
      const [a, b] = t!.limiters;
      granted(await a.take(k, at(0), 60_000, 3));
      granted(await b.take(k, at(1_000), 60_000, 3));
      granted(await a.take(k, at(2_000), 60_000, 3));
      for (let i = 0; i < 5; i++) expect(refusedFor(await b.take(k, at(30_000), 60_000, 3))).to.equal(30_000);
      granted(await a.take(k, at(60_000), 60_000, 3));
      granted(await b.take(k, at(60_000), 60_000, 3));
      granted(await a.take(k, at(60_000), 60_000, 3));
      refusedFor(await b.take(k, at(60_000), 60_000, 3));
    });

    it('given forty writes racing through both limiters for a budget of seven, then exactly seven go through', async () => {
      const k = key();
      const [a, b] = t!.limiters;
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take(k, at(0), 60_000, 7)),
      );
      expect(answers.filter((x) => x.granted)).to.have.length(7);
    });

    it('given a write given back, then its place is free again, and an emptied window ends with it', async () => {
      const k = key();
      const [a, b] = t!.limiters;
      const first = granted(await a.take(k, at(0), 10_000, 1));
      await first.release();
      await first.release();
      const second = granted(await b.take(k, at(5_000), 10_000, 1));
      // The window the second opened runs its full length, not what was left of the first's.
      expect(refusedFor(await a.take(k, at(12_000), 10_000, 1))).to.equal(3_000);
      await second.release();
      granted(await a.take(k, at(12_000), 10_000, 1));
    });

    it('given a release from a window that has ended, then it leaves the next window alone', async () => {
      const k = key();
      const [a, b] = t!.limiters;
      const old = granted(await a.take(k, at(0), 10_000, 1));
      granted(await b.take(k, at(10_000), 10_000, 1));
      await old.release();
      expect(refusedFor(await a.take(k, at(11_000), 10_000, 1))).to.equal(9_000);
    });

    it('given two keys, then each has its own window', async () => {
      const [k1, k2] = [key(), key()];
      const [a, b] = t!.limiters;
      granted(await a.take(k1, at(0), 10_000, 1));
      granted(await b.take(k2, at(0), 10_000, 1));
      refusedFor(await b.take(k1, at(0), 10_000, 1));
    });
  });
}
