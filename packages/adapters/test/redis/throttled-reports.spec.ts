import { expect } from 'chai';
import sinon from 'sinon';
import { RedisDeadlineExceeded, throttleReports } from '../../src/redis/index.js';
import { withDeadline } from '../../src/redis/redis-guard.js';

function coded(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('throttleReports', () => {
  let timers: sinon.SinonFakeTimers;
  beforeEach(() => {
    timers = sinon.useFakeTimers();
  });
  afterEach(() => timers.restore());

  it('given a flood of one kind of error, when reported, then one passes per interval', () => {
    const seen: unknown[] = [];
    const report = throttleReports((e) => seen.push(e), 5_000);
    for (let i = 0; i < 100; i++) report(new RedisDeadlineExceeded(200));
    expect(seen).to.have.length(1);
    timers.tick(4_999);
    report(new RedisDeadlineExceeded(200));
    expect(seen).to.have.length(1);
    timers.tick(1);
    report(new RedisDeadlineExceeded(200));
    expect(seen).to.have.length(2);
  });

  it('given errors of different kinds, when reported, then each kind passes once', () => {
    const seen: unknown[] = [];
    const report = throttleReports((e) => seen.push(e));
    for (const e of [
      coded('ECONNREFUSED'),
      coded('ECONNRESET'),
      coded('ECONNREFUSED'),
      new RedisDeadlineExceeded(1),
    ])
      report(e);
    expect(seen.map((e) => (e as Error).message)).to.deep.equal([
      'ECONNREFUSED',
      'ECONNRESET',
      'redis command got no answer within 1 ms',
    ]);
  });

  it('given a reporter that throws, when it is called, then the error goes no further', () => {
    const report = throttleReports(() => {
      throw new Error('logger down');
    });
    expect(() => report(new Error('x'))).not.to.throw();
  });
});

describe('withDeadline', () => {
  it('given a command that never answers, when the deadline passes, then RedisDeadlineExceeded', async () => {
    const never = new Promise<string>(() => undefined);
    try {
      await withDeadline(never, 20);
      expect.fail('no deadline');
    } catch (error) {
      expect(error).to.be.instanceOf(RedisDeadlineExceeded);
      expect((error as RedisDeadlineExceeded).ms).to.equal(20);
    }
  });

  it('given a command that fails after its deadline, when it fails, then nothing is unhandled', async () => {
    let fail: (e: Error) => void = () => undefined;
    const late = new Promise<string>((_, reject) => (fail = reject));
    const outcome = await withDeadline(late, 10).catch((e: unknown) => e);
    expect(outcome).to.be.instanceOf(RedisDeadlineExceeded);
    fail(new Error('too late'));
    await new Promise((resolve) => setImmediate(resolve));
  });
});
