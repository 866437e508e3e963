import { expect } from 'chai';
import { isoTime as iso } from '../../src/system/iso-time.js';

/** A repeatable stream of numbers in [0, 1) (a 32-bit linear congruential generator). */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = Date.parse('0000-01-01T00:00:00.000Z');
const END = Date.parse('+010000-01-01T00:00:00.000Z');

describe('isoTime', () => {
  it('writes what toISOString writes, at the edges of days, months, leap years and the epoch', () => {
    const edges = [
      '1970-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '2000-02-29T12:34:56.789Z',
      '1900-03-01T00:00:00.001Z',
      '2024-02-29T23:59:59.999Z',
      '2026-12-31T23:59:59.999Z',
      '2027-01-01T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ];
    for (const text of edges) expect(iso(new Date(text))).to.equal(text);
  });

  it('writes what toISOString writes for 200,000 times spread over years 0 to 9999', () => {
    const next = numbers(20_261_203);
    for (let i = 0; i < 200_000; i++) {
      const date = new Date(FIRST + Math.floor(next() * (END - FIRST)));
      const written = iso(date);
      if (written !== date.toISOString())
        expect(written, `at ${date.getTime()} ms`).to.equal(date.toISOString());
    }
  });

  it('stays right after more distinct days than it remembers', () => {
    const next = numbers(7);
    const day = 86_400_000;
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < 10_000; i++) {
      const date = new Date(base + i * day + Math.floor(next() * day));
      expect(iso(date)).to.equal(date.toISOString());
    }
    // The first days again, after the memo was cleared and refilled.
    expect(iso(new Date(base + 3_600_000))).to.equal('2026-01-01T01:00:00.000Z');
  });

  it('leaves years outside 0–9999 to toISOString, which writes them with a sign', () => {
    expect(iso(new Date(FIRST - 1))).to.equal('-000001-12-31T23:59:59.999Z');
    expect(iso(new Date(END))).to.equal('+010000-01-01T00:00:00.000Z');
  });

  it('throws on an invalid date, as toISOString does', () => {
    expect(() => iso(new Date(Number.NaN))).to.throw(RangeError);
  });
});
