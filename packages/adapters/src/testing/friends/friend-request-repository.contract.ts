/// <reference types="mocha" />
import { FriendRequestId } from '@campus/domain';
import { expect } from 'chai';
import { at, codeOf, concurrently, withFriendsPorts, type FriendsPortsSetup } from './friends-fixtures.js';

export function friendRequestRepositoryContract(name: string, setup: FriendsPortsSetup): void {
  describe(`FriendRequestRepository contract (${name})`, () => {
    const world = withFriendsPorts(setup);
    const requests = () => world().ports.friendRequests;

    it('given a stored request, when found by id or as pending from its requester, then every field comes back, to the ms', async () => {
      const [ann, bob] = await world().users(2);
      const request = await world().request(ann!, bob!, at(1));
      expect((await requests().findById(request.id))?.snapshot()).to.deep.equal(request.snapshot());
      expect((await requests().findPending(ann!.id, bob!.id))?.snapshot()).to.deep.equal(request.snapshot());
      expect((await requests().findById(request.id))?.status).to.equal('pending');
    });

    it('given a request from A to B, when looked up from B to A, or by an unknown id, then null', async () => {
      const [ann, bob] = await world().users(2);
      await world().request(ann!, bob!);
      expect(await requests().findPending(bob!.id, ann!.id)).to.equal(null);
      expect(await requests().findById(FriendRequestId(world().id()))).to.equal(null);
      expect(await requests().findById(FriendRequestId('not-a-uuid'))).to.equal(null);
    });

    it('given a pending request, when the same or the reverse request is added, then FRIEND_REQUEST_EXISTS and nothing is written', async () => {
      const [ann, bob] = await world().users(2);
      const first = await world().request(ann!, bob!, at(1));
      const again = world().newRequest(ann!, bob!, at(2));
      const reverse = world().newRequest(bob!, ann!, at(3));
      expect(await codeOf(requests().add(again))).to.equal('FRIEND_REQUEST_EXISTS');
      expect(await codeOf(requests().add(reverse))).to.equal('FRIEND_REQUEST_EXISTS');
      expect(await requests().findById(again.id)).to.equal(null);
      expect(await requests().findById(reverse.id)).to.equal(null);
      expect((await requests().listIncoming(bob!.id)).map((r) => r.id)).to.deep.equal([first.id]);
      expect(await requests().listIncoming(ann!.id)).to.deep.equal([]);
    });

    it('given friends, when a request between them is added either way, then ALREADY_FRIENDS and nothing is written', async () => {
      const [ann, bob] = await world().users(2);
      await world().ports.friendships.add(ann!.id, bob!.id, at(1));
      const ask = world().newRequest(ann!, bob!, at(2));
      const reverse = world().newRequest(bob!, ann!, at(3));
      expect(await codeOf(requests().add(ask))).to.equal('ALREADY_FRIENDS');
      expect(await codeOf(requests().add(reverse))).to.equal('ALREADY_FRIENDS');
      expect(await requests().findById(ask.id)).to.equal(null);
      expect(await requests().findById(reverse.id)).to.equal(null);
    });

    it('given requests among several users, when listed, then incoming and outgoing are the user’s own, oldest first, ties by id', async () => {
      const [me, a, b, c, d] = await world().users(5);
      const fromB = await world().request(b!, me!, at(5));
      const fromA = await world().request(a!, me!, at(2));
      const toD = await world().request(me!, d!, at(3));
      const toC = await world().request(me!, c!, at(3));
      await world().request(c!, d!, at(1));
      expect((await requests().listIncoming(me!.id)).map((r) => r.id)).to.deep.equal([fromA.id, fromB.id]);
      const outgoing = [toD.id, toC.id].sort();
      expect((await requests().listOutgoing(me!.id)).map((r) => r.id)).to.deep.equal(outgoing);
      expect((await requests().listOutgoing(b!.id)).map((r) => r.snapshot())).to.deep.equal([
        fromB.snapshot(),
      ]);
    });

    it('given a request, when removed twice, then true and then false, and the pair may ask again', async () => {
      const [ann, bob] = await world().users(2);
      const request = await world().request(ann!, bob!);
      expect(await requests().remove(request.id)).to.equal(true);
      expect(await requests().remove(request.id)).to.equal(false);
      expect(await requests().findById(request.id)).to.equal(null);
      expect(await requests().listOutgoing(ann!.id)).to.deep.equal([]);
      const reverse = await world().request(bob!, ann!, at(9));
      expect((await requests().findPending(bob!.id, ann!.id))?.id).to.equal(reverse.id);
    });

    it('given 8 crossing requests between two users at once, then exactly one is stored, the rest FRIEND_REQUEST_EXISTS', async () => {
      const [ann, bob] = await world().users(2);
      const made = Array.from({ length: 8 }, (_, i) =>
        i % 2 === 0 ? world().newRequest(ann!, bob!, at(i)) : world().newRequest(bob!, ann!, at(i)),
      );
      const { values, codes } = await concurrently(made.map((r) => () => requests().add(r)));
      expect(values).to.have.length(1);
      expect(codes).to.deep.equal(Array(7).fill('FRIEND_REQUEST_EXISTS'));
      const stored = [
        ...(await requests().listOutgoing(ann!.id)),
        ...(await requests().listOutgoing(bob!.id)),
      ];
      expect(stored).to.have.length(1);
    });

    it('given one request removed 8 times at once, each in a unit of work, then exactly one removal reports true', async () => {
      const [ann, bob] = await world().users(2);
      const request = await world().request(ann!, bob!);
      const remove = () => world().ports.uow.run(() => requests().remove(request.id));
      const { values, codes } = await concurrently(Array.from({ length: 8 }, () => remove));
      expect(codes).to.deep.equal([]);
      expect(values.filter(Boolean)).to.have.length(1);
    });

    it('given a unit of work that removes a request and then fails, then the request is back', async () => {
      const [ann, bob] = await world().users(2);
      const request = await world().request(ann!, bob!);
      const failed = world().ports.uow.run(async () => {
        await requests().remove(request.id);
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect((await requests().findById(request.id))?.snapshot()).to.deep.equal(request.snapshot());
    });
  });
}
