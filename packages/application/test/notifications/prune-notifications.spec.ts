import { InMemoryNotificationRepository, MemoryDatabase } from '@campus/adapters/memory';
import { FixedClock } from '@campus/adapters/system';
import { Notification, NotificationId, UserId, type NotificationRepository } from '@campus/domain';
import { expect } from 'chai';
import { PruneNotifications } from '../../src/index.js';

const DAY = 86_400_000;
const nid = (n: number) => NotificationId(`00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`);

describe('PruneNotifications', () => {
  let clock: FixedClock;
  let store: InMemoryNotificationRepository;
  /** Each batch the use case asked for: the limit, and how many went. */
  let batches: { limit: number; deleted: number }[];
  let counted: NotificationRepository;
  const reader = UserId('reader');

  beforeEach(() => {
    clock = new FixedClock('2026-06-01T00:00:00.000Z');
    store = new InMemoryNotificationRepository(new MemoryDatabase());
    batches = [];
    counted = Object.assign(Object.create(store) as NotificationRepository, {
      pruneBefore: async (cutoff: Date, limit: number) => {
        const deleted = await store.pruneBefore(cutoff, limit);
        batches.push({ limit, deleted });
        return deleted;
      },
    });
  });

  /** Notification n, made `ageMs` before now. */
  const add = (n: number, ageMs: number) =>
    store.add(
      Notification.create(
        { id: nid(n), recipientId: reader, type: 'comment', text: 't', target: {} },
        new Date(clock.now().getTime() - ageMs),
      ),
    );
  const left = async () =>
    (await store.page(reader, { limit: 100, after: null }, false)).items.map((n) => n.id);

  it('deletes the notifications older than 90 days, and keeps one made exactly 90 days ago and the newer ones', async () => {
    await add(1, 200 * DAY);
    await add(2, 91 * DAY);
    await add(3, 90 * DAY + 1);
    await add(4, 90 * DAY);
    await add(5, 89 * DAY);
    await add(6, 0);
    const result = await new PruneNotifications(counted, clock).execute();
    expect(result).to.deep.equal({ deleted: 3, cutoff: '2026-03-03T00:00:00.000Z', complete: true });
    expect(await left()).to.deep.equal([nid(6), nid(5), nid(4)]);
    expect(await store.unreadCount(reader)).to.equal(3);
  });

  it('deletes in batches of batchSize, and stops after maxBatches saying it is not complete', async () => {
    for (let n = 1; n <= 5; n++) await add(n, (100 + n) * DAY);
    await add(6, DAY);
    const prune = new PruneNotifications(counted, clock);
    expect(await prune.execute({ batchSize: 2, maxBatches: 2 })).to.include({ deleted: 4, complete: false });
    expect(batches).to.deep.equal([
      { limit: 2, deleted: 2 },
      { limit: 2, deleted: 2 },
    ]);
    expect(await left()).to.deep.equal([nid(6), nid(1)]);
    expect(await prune.execute({ batchSize: 2 })).to.include({ deleted: 1, complete: true });
    expect(await left()).to.deep.equal([nid(6)]);
  });

  it('refuses a batch size or a number of batches that is not a positive whole number', async () => {
    const prune = new PruneNotifications(counted, clock);
    for (const input of [{ batchSize: 0 }, { batchSize: 1.5 }, { maxBatches: 0 }]) {
      const error = await prune.execute(input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(input)).to.be.instanceOf(RangeError);
    }
    expect(batches).to.deep.equal([]);
  });
});
