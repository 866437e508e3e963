import { expect } from 'chai';
import { InMemoryLoginAttemptStore } from '../../../src/index.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const WINDOW = 15 * 60_000;

describe('InMemoryLoginAttemptStore', () => {
  it('given failures older than the window, when one more is recorded, then the old ones are dropped', async () => {
    const store = new InMemoryLoginAttemptStore();
    await store.recordFailure('kim', at(0), WINDOW);
    await store.recordFailure('kim', at(901), WINDOW);
    expect(await store.recentFailures('kim', at(-1))).to.deep.equal([at(901)]);
  });

  it('given many usernames tried once, when their window has passed, then a later sweep forgets them', async () => {
    const store = new InMemoryLoginAttemptStore();
    for (let i = 0; i < 300; i++) await store.recordFailure(`guess_${i}`, at(0), WINDOW);
    expect(store.size).to.equal(300);
    for (let i = 0; i < 256; i++) await store.recordFailure('kim', at(1_000), WINDOW);
    expect(store.size).to.equal(1);
    expect(await store.recentFailures('kim', at(999))).to.have.length(256);
  });

  it('given a key with no failures left, when read, then it is forgotten', async () => {
    const store = new InMemoryLoginAttemptStore();
    await store.recordFailure('kim', at(0), WINDOW);
    expect(await store.recentFailures('kim', at(1))).to.deep.equal([]);
    expect(store.size).to.equal(0);
  });
});
