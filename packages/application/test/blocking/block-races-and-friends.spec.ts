import { Blocked, type Actor } from '@campus/domain';
import { expect } from 'chai';
import { AcceptFriendRequest, SendFriendRequest } from '../../src/index.js';
import { expectRejection } from '../board/support.js';
import { limited, unlimited } from '../support/write-guards.js';
import { BlockingBed } from './support.js';
import { InMemoryFriendRequestRepository, InMemoryFriendshipRepository } from '@campus/adapters/memory';
import { testNotifier } from '../support/notifiers.js';

describe('blocking: races, friend requests and write limits', () => {
  let bed: BlockingBed;
  let s: Awaited<ReturnType<BlockingBed['stage']>>;

  beforeEach(async () => {
    bed = new BlockingBed();
    s = await bed.stage();
  });

  describe('a block racing a comment', () => {
    for (const order of ['block first', 'comment first'] as const) {
      it(`given 익명 comments racing Bob's block of that commenter (${order}), then none of theirs in the thread reaches Bob, and Carol sees them all`, async () => {
        const postId = await bed.post(s.carol, s.boardId);
        const first = await bed.comment(s.alice, postId);
        const block = () => bed.block.comment.execute({ actor: s.bob, commentId: first });
        const more = () => Promise.all([1, 2, 3].map(() => bed.comment(s.alice, postId)));
        const [, made] =
          order === 'block first'
            ? await Promise.all([block(), more()])
            : ((await Promise.all([more(), block()])).reverse() as [unknown, string[]]);
        const mine = [first, ...made];
        expect((await bed.thread(s.bob, postId)).map((c) => c.id)).to.not.include.members(mine);
        expect((await bed.thread(s.carol, postId)).map((c) => c.id)).to.include.members(mine);
      });
    }

    it('given a reply racing the block of its anonymous parent, then the parent shows as blocked with the reply under it', async () => {
      const postId = await bed.post(s.carol, s.boardId);
      const parent = await bed.comment(s.alice, postId);
      const [, reply] = await Promise.all([
        bed.block.comment.execute({ actor: s.bob, commentId: parent }),
        bed.comment(s.dave, postId, true, parent),
      ]);
      const [top] = await bed.use.listComments.execute({ actor: s.bob, postId });
      expect(top).to.deep.include({ id: parent, isBlocked: true, content: null, author: null });
      expect(top!.replies!.map((r) => r.id)).to.deep.equal([reply]);
    });
  });

  describe('friend requests', () => {
    const friends = () => {
      const requests = new InMemoryFriendRequestRepository(bed.db);
      const friendships = new InMemoryFriendshipRepository(bed.db);
      const send = new SendFriendRequest(
        bed.ports.uow,
        bed.users,
        requests,
        friendships,
        bed.ids,
        bed.clock,
        unlimited(bed.clock),
        bed.ports.blocks,
        testNotifier(bed.clock, bed.ids, { db: bed.db }).notifier,
      );
      return (actor: Actor, username: string) => send.execute({ actor, username });
    };

    it('given Bob blocked Alice by username, then a friend request either way is BLOCKED', async () => {
      await bed.block.user.execute({ actor: s.bob, username: 'user_1' });
      const send = friends();
      await expectRejection(send(s.bob, 'user_1'), new Blocked().code);
      await expectRejection(send(s.alice, 'user_2'), 'BLOCKED');
      expect((await send(s.carol, 'user_1')).kind).to.equal('request');
    });

    it('given Alice asked Bob before he blocked her by username, when he accepts, then BLOCKED and they are not friends', async () => {
      const requests = new InMemoryFriendRequestRepository(bed.db);
      const friendships = new InMemoryFriendshipRepository(bed.db);
      const sent = await friends()(s.alice, 'user_2');
      if (sent.kind !== 'request') return expect.fail('a request was expected');
      await bed.block.user.execute({ actor: s.bob, username: 'user_1' });
      const accept = new AcceptFriendRequest(
        bed.ports.uow,
        requests,
        friendships,
        bed.users,
        bed.clock,
        bed.ports.blocks,
        testNotifier(bed.clock, bed.ids, { db: bed.db }).notifier,
      );
      await expectRejection(accept.execute({ actor: s.bob, requestId: sent.request.id }), 'BLOCKED');
      expect(await friendships.areFriends(s.alice.id, s.bob.id)).to.equal(false);
    });

    it('given Bob blocked only an anonymous post of Alice, then their friend request goes through (nothing tells him it was hers)', async () => {
      await bed.block.post.execute({ actor: s.bob, postId: await bed.post(s.alice, s.boardId) });
      expect((await friends()(s.alice, 'user_2')).kind).to.equal('request');
    });
  });

  describe('write limits', () => {
    it('given WRITE_BURST 2, when a member blocks three times in a minute, then the third is TOO_FAST and nothing is stored', async () => {
      const guarded = new BlockingBed(limited(bed.clock, { writeBurst: 2 }));
      const t = await guarded.stage();
      await guarded.block.user.execute({ actor: t.bob, username: 'user_1' });
      await guarded.block.user.execute({ actor: t.bob, username: 'user_3' });
      await expectRejection(guarded.block.user.execute({ actor: t.bob, username: 'user_4' }), 'TOO_FAST');
      const listed = await guarded.block.list.execute({ actor: t.bob, page: { limit: 10, after: null } });
      expect(listed.items.map((b) => b.label)).to.deep.equal(['Carol', 'Alice']);
    });
  });
});
