import type { PruneNotifications, PruneNotificationsOutput } from '@campus/application';
import { expect } from 'chai';
import { pino } from 'pino';
import sinon from 'sinon';
import { pruneNotificationsPeriodically } from '../../src/composition/notification-pruning.js';

const DONE: PruneNotificationsOutput = { deleted: 0, cutoff: '2026-01-01T00:00:00.000Z', complete: true };

describe('pruning notifications in the background', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers();
  });
  afterEach(() => clock.restore());

  /** A PruneNotifications whose runs the test counts, and may fail or hold. */
  function pruner(outcome: () => Promise<PruneNotificationsOutput> = () => Promise.resolve(DONE)) {
    const calls: { maxBatches?: number | undefined }[] = [];
    const prune = {
      execute: (input: { maxBatches?: number }) => {
        calls.push(input);
        return outcome();
      },
    } as unknown as PruneNotifications;
    return { prune, calls };
  }
  const logger = pino({ level: 'silent' });

  it('runs once an interval (±10%, the first after one interval), bounded in batches, and never after stop', async () => {
    const { prune, calls } = pruner();
    const draws = [0, 1, 0.5];
    const pruning = pruneNotificationsPeriodically(prune, logger, 3_600_000, () => draws.shift() ?? 0.5);
    await clock.tickAsync(3_240_000 - 1);
    expect(calls).to.have.length(0);
    await clock.tickAsync(1); // 0.9 of an hour
    expect(calls).to.have.length(1);
    expect(calls[0]!.maxBatches).to.be.a('number').and.be.above(0);
    await clock.tickAsync(3_960_000); // then 1.1 of an hour
    expect(calls).to.have.length(2);
    await pruning.stop();
    await clock.tickAsync(10 * 3_600_000);
    expect(calls).to.have.length(2);
  });

  it('given a run that fails, then it is logged and the next run still comes', async () => {
    let fail = true;
    const { prune, calls } = pruner(() =>
      fail ? ((fail = false), Promise.reject(new Error('database away'))) : Promise.resolve(DONE),
    );
    const warnings: string[] = [];
    const spy = pino(
      { level: 'warn' },
      { write: (line: string) => warnings.push((JSON.parse(line) as { msg: string }).msg) },
    );
    const pruning = pruneNotificationsPeriodically(prune, spy, 1_000, () => 0.5);
    await clock.tickAsync(2_000);
    expect(calls).to.have.length(2);
    expect(warnings).to.have.length(1);
    await pruning.stop();
  });

  it('given a run under way, when stopped, then stop waits for it to finish', async () => {
    let finish!: () => void;
    const { prune } = pruner(() => new Promise((resolve) => (finish = () => resolve(DONE))));
    const pruning = pruneNotificationsPeriodically(prune, logger, 1_000, () => 0.5);
    await clock.tickAsync(1_000);
    let stopped = false;
    const stopping = pruning.stop().then(() => (stopped = true));
    await clock.tickAsync(10);
    expect(stopped).to.equal(false);
    finish();
    await stopping;
    expect(stopped).to.equal(true);
  });

  it('given an interval of 0, then it never runs', async () => {
    const { prune, calls } = pruner();
    const pruning = pruneNotificationsPeriodically(prune, logger, 0);
    await clock.tickAsync(100 * 3_600_000);
    expect(calls).to.have.length(0);
    await pruning.stop();
  });
});
