import { expect } from 'chai';
import { Season, ValidationFailed } from '../../src/index.js';
import { expectThrows } from './support.js';

describe('Season', () => {
  it('given YYYY-1, when parsed, then it spans January 1 to July 1 UTC, end exclusive', () => {
    const season = Season.parse('2025-1');
    expect(season.start.toISOString()).to.equal('2025-01-01T00:00:00.000Z');
    expect(season.end.toISOString()).to.equal('2025-07-01T00:00:00.000Z');
    expect(season.toString()).to.equal('2025-1');
  });

  it('given YYYY-2, when parsed, then it spans July 1 to the next January 1 UTC', () => {
    const season = Season.parse('2025-2');
    expect(season.start.toISOString()).to.equal('2025-07-01T00:00:00.000Z');
    expect(season.end.toISOString()).to.equal('2026-01-01T00:00:00.000Z');
  });

  it('given malformed seasons, when parsed, then VALIDATION_FAILED', () => {
    for (const bad of ['2025-3', '2025-0', '25-1', '2025-summer', '2025-1 ', '']) {
      expectThrows(() => Season.parse(bad), ValidationFailed, 'VALIDATION_FAILED');
    }
  });

  it('given instants at the edges, when the season of each is taken, then the boundaries are UTC', () => {
    expect(Season.of(new Date('2025-06-30T23:59:59.999Z')).toString()).to.equal('2025-1');
    expect(Season.of(new Date('2025-07-01T00:00:00.000Z')).toString()).to.equal('2025-2');
    expect(Season.of(new Date('2025-12-31T23:59:59.999Z')).toString()).to.equal('2025-2');
    expect(Season.of(new Date('2026-01-01T00:00:00.000Z')).toString()).to.equal('2026-1');
  });

  it('given a season, when asked whether it contains an instant, then start is in and end is out', () => {
    const season = Season.parse('2025-1');
    expect(season.contains(season.start)).to.equal(true);
    expect(season.contains(new Date(season.end.getTime() - 1))).to.equal(true);
    expect(season.contains(season.end)).to.equal(false);
  });
});
