/// <reference types="mocha" />
import { expect } from 'chai';
import { at, codeOf, concurrently, withFriendsPorts, type FriendsPortsSetup } from './friends-fixtures.js';

export function friendshipRepositoryContract(name: string, setup: FriendsPortsSetup): void {
  describe(`FriendshipRepository contract (${name})`, () => {
    const world = withFriendsPorts(setup);
    const friendships = () => world().ports.friendships;

    it('given a friendship added one way, then both see it, with its time to the ms', async () => {
      const [ann, bob] = await world().users(2);
      await friendships().add(bob!.id, ann!.id, at(5));
      expect(await friendships().areFriends(ann!.id, bob!.id)).to.equal(true);
      expect(await friendships().areFriends(bob!.id, ann!.id)).to.equal(true);
      expect(await friendships().list(ann!.id)).to.deep.equal([
        { userId: ann!.id, friendId: bob!.id, since: at(5) },
      ]);
      expect(await friendships().list(bob!.id)).to.deep.equal([
        { userId: bob!.id, friendId: ann!.id, since: at(5) },
      ]);
    });

    it('given friends, when added again in either order, then ALREADY_FRIENDS and the first time stays', async () => {
      const [ann, bob] = await world().users(2);
      await friendships().add(ann!.id, bob!.id, at(1));
      expect(await codeOf(friendships().add(ann!.id, bob!.id, at(2)))).to.equal('ALREADY_FRIENDS');
      expect(await codeOf(friendships().add(bob!.id, ann!.id, at(3)))).to.equal('ALREADY_FRIENDS');
      expect((await friendships().list(ann!.id)).map((f) => f.since)).to.deep.equal([at(1)]);
    });

    it('given strangers, then they are not friends and have no friends listed', async () => {
      const [ann, bob] = await world().users(2);
      expect(await friendships().areFriends(ann!.id, bob!.id)).to.equal(false);
      expect(await friendships().list(ann!.id)).to.deep.equal([]);
    });

    it('given several friends, when listed, then only the user’s, oldest friendship first, ties by friend id', async () => {
      const [me, a, b, c, d] = await world().users(5);
      await friendships().add(me!.id, c!.id, at(3));
      await friendships().add(a!.id, me!.id, at(7));
      await friendships().add(d!.id, me!.id, at(3));
      await friendships().add(b!.id, c!.id, at(1));
      const tied = [c!.id, d!.id].sort();
      expect((await friendships().list(me!.id)).map((f) => f.friendId)).to.deep.equal([...tied, a!.id]);
    });

    it('given a friendship, when removed by either side, then true once, false after, and they are not friends', async () => {
      const [ann, bob] = await world().users(2);
      await friendships().add(ann!.id, bob!.id, at(1));
      expect(await friendships().remove(bob!.id, ann!.id)).to.equal(true);
      expect(await friendships().remove(ann!.id, bob!.id)).to.equal(false);
      expect(await friendships().areFriends(ann!.id, bob!.id)).to.equal(false);
      expect(await friendships().list(bob!.id)).to.deep.equal([]);
      await friendships().add(ann!.id, bob!.id, at(2));
      expect(await friendships().areFriends(bob!.id, ann!.id)).to.equal(true);
    });

    it('given 8 adds of one pair at once, in both orders, then one friendship and 7 ALREADY_FRIENDS', async () => {
      const [ann, bob] = await world().users(2);
      const { values, codes } = await concurrently(
        Array.from(
          { length: 8 },
          (_, i) => () =>
            i % 2 ? friendships().add(ann!.id, bob!.id, at(i)) : friendships().add(bob!.id, ann!.id, at(i)),
        ),
      );
      expect(values).to.have.length(1);
      expect(codes).to.deep.equal(Array(7).fill('ALREADY_FRIENDS'));
      expect(await friendships().list(ann!.id)).to.have.length(1);
    });

    it('given an accept as one unit of work that fails after adding the friendship, then neither change stays', async () => {
      const [ann, bob] = await world().users(2);
      const request = await world().request(ann!, bob!);
      const failed = world().ports.uow.run(async () => {
        await world().ports.friendRequests.remove(request.id);
        await friendships().add(ann!.id, bob!.id, at(2));
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect(await friendships().areFriends(ann!.id, bob!.id)).to.equal(false);
      expect(await world().ports.friendRequests.findById(request.id)).not.to.equal(null);
    });

    it('given two accepts of one request at once, each as a unit of work, then one friendship and one refusal', async () => {
      const [ann, bob] = await world().users(2);
      const request = await world().request(ann!, bob!);
      const accept = () =>
        world().ports.uow.run(async () => {
          if (!(await world().ports.friendRequests.remove(request.id))) throw new Error('gone');
          await friendships().add(ann!.id, bob!.id, at(2));
        });
      const { values, codes } = await concurrently([accept, accept]);
      expect(values).to.have.length(1);
      expect(codes).to.have.length(1);
      expect(await friendships().list(bob!.id)).to.have.length(1);
    });

    it('given pending requests, when two of them become friends, then no request between them remains and others stay', async () => {
      const [ann, bob, cat] = await world().users(3);
      await world().request(ann!, bob!, at(1));
      const other = await world().request(cat!, bob!, at(2));
      await friendships().add(bob!.id, ann!.id, at(3));
      const requests = world().ports.friendRequests;
      expect(await requests.findPending(ann!.id, bob!.id)).to.equal(null);
      expect((await requests.listIncoming(bob!.id)).map((r) => r.id)).to.deep.equal([other.id]);
    });

    it('given a request racing the accept of a crossing one, each a unit of work that locks the pair first, then friends and nothing pending', async () => {
      for (let round = 0; round < 4; round++) {
        const [ann, bob] = await world().users(2);
        const first = await world().request(ann!, bob!, at(1));
        const { uow, friendRequests } = world().ports;
        const accept = () =>
          uow.run(async () => {
            await friendships().lockPair(bob!.id, ann!.id);
            if (!(await friendRequests.remove(first.id))) throw new Error('gone');
            await friendships().add(bob!.id, ann!.id, at(2));
          });
        const ask = (from: typeof ann, to: typeof ann) => () =>
          uow.run(async () => {
            await friendships().lockPair(from!.id, to!.id);
            if (await friendships().areFriends(from!.id, to!.id)) throw new Error('friends');
            await friendRequests.add(world().newRequest(from!, to!, at(3)));
          });
        await concurrently([ask(ann, bob), accept, ask(bob, ann), ask(ann, bob)]);
        expect(await friendships().areFriends(ann!.id, bob!.id), `round ${round}`).to.equal(true);
        const left = [
          ...(await friendRequests.listOutgoing(ann!.id)),
          ...(await friendRequests.listOutgoing(bob!.id)),
        ];
        expect(left, `round ${round}`).to.deep.equal([]);
      }
    });
  });
}
