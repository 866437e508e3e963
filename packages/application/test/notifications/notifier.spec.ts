import { InMemoryUnitOfWork, MemoryDatabase } from '@campus/adapters/memory';
import { SequentialIdGenerator } from '@campus/adapters/system';
import { UserId, type NotificationBlocks } from '@campus/domain';
import { expect } from 'chai';
import { SteppingClock } from '../board/support.js';
import { testNotifier } from '../support/notifiers.js';

const [reader, actor] = [UserId('reader'), UserId('actor')];
const blocksOf = (blocked: [UserId, UserId][]): NotificationBlocks & { asked: number } => ({
  asked: 0,
  hasBlockedNamed(readerId, actorId) {
    this.asked += 1;
    return Promise.resolve(blocked.some(([r, a]) => r === readerId && a === actorId));
  },
});

describe('Notifier', () => {
  const setup = (blocks = blocksOf([])) => {
    const db = new MemoryDatabase();
    const uow = new InMemoryUnitOfWork(db);
    return {
      uow,
      blocks,
      ...testNotifier(new SteppingClock(), new SequentialIdGenerator(), { db, uow, blocks }),
    };
  };
  const note = (named: boolean, by = actor) => ({
    recipientId: reader,
    type: 'comment' as const,
    text: 't',
    actor: { id: by, named },
  });
  const stored = async (bed: ReturnType<typeof setup>) =>
    (await bed.notifications.page(reader, { limit: 10, after: null }, false)).items;

  it('given a notification in a unit of work, then it is published only once the unit has committed', async () => {
    const bed = setup();
    await bed.uow.run(async () => {
      await bed.notifier.notify(note(true));
      expect(bed.published).to.deep.equal([]);
    });
    expect(bed.published.map((n) => n.recipientId)).to.deep.equal([reader]);
    expect((await stored(bed)).map((n) => n.id)).to.deep.equal(bed.published.map((n) => n.id));
  });

  it('given a unit of work that fails after notifying, then nothing is stored or published', async () => {
    const bed = setup();
    let failed = false;
    await bed.uow
      .run(async () => {
        await bed.notifier.notify(note(true));
        throw new Error('later step failed');
      })
      .catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(bed.published).to.deep.equal([]);
    expect(await stored(bed)).to.deep.equal([]);
  });

  it('given the actor is the recipient, then nothing is written', async () => {
    const bed = setup();
    await bed.notifier.notify(note(false, reader));
    expect(await stored(bed)).to.deep.equal([]);
  });

  it('given the reader blocked the actor by username, then a named action tells nothing and an anonymous one tells as usual, without asking', async () => {
    const bed = setup(blocksOf([[reader, actor]]));
    await bed.notifier.notify(note(true));
    expect(await stored(bed)).to.deep.equal([]);
    expect(bed.blocks.asked).to.equal(1);
    await bed.notifier.notify(note(false));
    expect(await stored(bed)).to.have.length(1);
    expect(bed.blocks.asked).to.equal(1);
  });

  it('given no actor (a post turning HOT), then it is written without asking about blocks', async () => {
    const bed = setup(blocksOf([[reader, actor]]));
    await bed.notifier.notify({ recipientId: reader, type: 'hot', text: 'h', actor: null });
    expect((await stored(bed)).map((n) => n.type)).to.deep.equal(['hot']);
    expect(bed.blocks.asked).to.equal(0);
  });
});
