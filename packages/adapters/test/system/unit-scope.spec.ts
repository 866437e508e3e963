import { expect } from 'chai';
import { UnitScope } from '../../src/system/unit-scope.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('UnitScope', () => {
  it('given no unit, when asked, then there is no current value', () => {
    expect(new UnitScope<string>().current()).to.equal(undefined);
  });

  it('given a unit, when its calls ask across awaits and timers, then they get its value, and nothing after it ends', async () => {
    const scope = new UnitScope<string>();
    const seen: (string | undefined)[] = [];
    const result = await scope.run('a', async () => {
      seen.push(scope.current());
      await tick();
      seen.push(scope.current());
      await new Promise<void>((resolve) =>
        setTimeout(() => {
          seen.push(scope.current());
          resolve();
        }, 1),
      );
      return 42;
    });
    expect(result).to.equal(42);
    expect(seen).to.deep.equal(['a', 'a', 'a']);
    expect(scope.current()).to.equal(undefined);
  });

  it('given units at once, when one ends while the others run, then each still sees its own value', async () => {
    const scope = new UnitScope<number>();
    const seen = await Promise.all(
      [1, 2, 3].map((n) =>
        scope.run(n, async () => {
          const mine: (number | undefined)[] = [];
          for (let i = 0; i < n * 3; i++) {
            mine.push(scope.current());
            await tick();
          }
          return mine;
        }),
      ),
    );
    expect(seen).to.deep.equal([1, 2, 3].map((n) => Array<number>(n * 3).fill(n)));
    expect(scope.current()).to.equal(undefined);
  });

  it('given a unit that ended, when another one runs, then it has its value and the old one is gone', async () => {
    const scope = new UnitScope<string>();
    await scope.run('first', () => Promise.resolve());
    expect(await scope.run('second', async () => (await tick(), scope.current()))).to.equal('second');
    expect(scope.current()).to.equal(undefined);
  });

  it('given a unit that fails, when it ends, then the error reaches the caller and nothing is current', async () => {
    const scope = new UnitScope<string>();
    const failed = scope.run('a', async () => {
      await tick();
      throw new Error('boom');
    });
    await failed.then(
      () => expect.fail('the unit should have failed'),
      (error: Error) => expect(error.message).to.equal('boom'),
    );
    expect(scope.current()).to.equal(undefined);
  });

  it('given work outside any unit, when a unit runs meanwhile, then the outside work sees no value', async () => {
    const scope = new UnitScope<string>();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const outside = (async () => {
      await released;
      return scope.current();
    })();
    const unit = scope.run('inside', async () => {
      release();
      await tick();
      return scope.current();
    });
    expect(await Promise.all([outside, unit])).to.deep.equal([undefined, 'inside']);
  });
});
