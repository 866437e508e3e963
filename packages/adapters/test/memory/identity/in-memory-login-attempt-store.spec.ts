import { expect } from 'chai';
import { InMemoryLoginAttemptStore } from '../../../src/memory/index.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const WINDOW = 15 * 60_000;

describe('InMemoryLoginAttemptStore', () => {
  it('given a window opened by a first attempt, when it ends, then counting starts again', async () => {
    const store = new InMemoryLoginAttemptStore();
    const first = await store.take('kim', at(0), WINDOW);
    expect(first.resetsAt).to.deep.equal(at(900));
    expect((await store.take('kim', at(899), WINDOW)).count).to.equal(2);
    expect((await store.take('kim', at(900), WINDOW)).count).to.equal(1);
  });

  it('given many keys tried once, when their window has passed, then a later sweep forgets them', async () => {
    const store = new InMemoryLoginAttemptStore();
    for (let i = 0; i < 300; i++) await store.take(`guess_${i}`, at(0), WINDOW);
    expect(store.size).to.equal(300);
    for (let i = 0; i < 256; i++) await store.take('kim', at(1_000), WINDOW);
    expect(store.size).to.equal(1);
    expect(store.peek('kim', at(1_001))).to.equal(256);
  });

  it('given a key whose window ended, when peeked, then it is forgotten', async () => {
    const store = new InMemoryLoginAttemptStore();
    await store.take('kim', at(0), WINDOW);
    expect(store.peek('kim', at(900))).to.equal(0);
    expect(store.size).to.equal(0);
  });
});
