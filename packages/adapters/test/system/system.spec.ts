import { expect } from 'chai';
import { FixedClock, SequentialIdGenerator, SystemClock, UuidV7IdGenerator } from '../../src/system/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('clocks', () => {
  it('given the system clock, when asked twice, then time does not go backwards', () => {
    const clock = new SystemClock();
    const first = clock.now().getTime();
    expect(clock.now().getTime()).to.be.at.least(first);
  });

  it('given a fixed clock, when nobody moves it, then it stands still', () => {
    const clock = new FixedClock('2026-03-02T09:00:00.123Z');
    expect(clock.now().toISOString()).to.equal('2026-03-02T09:00:00.123Z');
    expect(clock.now().toISOString()).to.equal('2026-03-02T09:00:00.123Z');
  });

  it('given a fixed clock, when advanced or set, then it reads the new time', () => {
    const clock = new FixedClock('2026-03-02T09:00:00.000Z');
    clock.advance(1_500);
    expect(clock.now().toISOString()).to.equal('2026-03-02T09:00:01.500Z');
    clock.set(new Date('2027-01-01T00:00:00.000Z'));
    expect(clock.now().toISOString()).to.equal('2027-01-01T00:00:00.000Z');
  });

  it('given a fixed clock, when a caller mutates the Date it got, then the clock is unchanged', () => {
    const clock = new FixedClock('2026-03-02T09:00:00.000Z');
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).to.equal(2026);
  });
});

describe('id generators', () => {
  it('given the UUIDv7 generator, when ids are made, then they are unique v7 UUIDs in creation order', () => {
    const ids = new UuidV7IdGenerator();
    const made = Array.from({ length: 200 }, () => ids.next());
    for (const id of made) expect(id).to.match(UUID);
    expect(new Set(made).size).to.equal(200);
    expect([...made].sort()).to.deep.equal(made);
  });

  it('given the sequential generator, when ids are made, then they look like UUIDs and sort as made', () => {
    const ids = new SequentialIdGenerator();
    const made = Array.from({ length: 120 }, () => ids.next());
    expect(made[0]).to.equal('00000000-0000-7000-8000-000000000001');
    for (const id of made) expect(id).to.match(UUID);
    expect([...made].sort()).to.deep.equal(made);
  });

  it('given two sequential generators, when each makes ids, then each starts from one', () => {
    expect(new SequentialIdGenerator().next()).to.equal(new SequentialIdGenerator().next());
  });
});
