import {
  AlreadyFriends,
  CannotFriendSelf,
  FriendRequestExists,
  FriendRequestNotFound,
  UserNotFound,
  type FriendRequestRepository,
  type UserId,
} from '@campus/domain';
import { expect } from 'chai';
import { SendFriendRequest } from '../../src/index.js';
import { catalogueFixture, concurrently, rejection, type Member } from '../courses/catalogue-fixture.js';
import { unlimited } from '../support/write-guards.js';

type World = Awaited<ReturnType<typeof catalogueFixture>>;
const publicOf = (m: Member) => ({ id: m.user.id, username: m.user.username, nickname: m.user.nickname });

describe('friend requests', () => {
  let w: World;
  let ann: Member;
  let bob: Member;
  let eve: Member;
  const send = (from: Member, to: Member | string) =>
    w.uc.sendFriendRequest.execute({
      actor: from.actor,
      username: typeof to === 'string' ? to : to.user.username,
    });

  beforeEach(async () => {
    w = await catalogueFixture();
    [ann, bob, eve] = [await w.member('ann'), await w.member('bob'), await w.member('eve')];
  });

  describe('SendFriendRequest', () => {
    it('given another user, when I ask them, then a request from me to them, as public users, dated now', async () => {
      const outcome = await send(ann, bob);
      expect(outcome.kind).to.equal('request');
      if (outcome.kind !== 'request') return;
      expect(outcome.request).to.have.all.keys('id', 'from', 'to', 'createdAt');
      expect(outcome.request.from).to.deep.equal(publicOf(ann));
      expect(outcome.request.to).to.deep.equal(publicOf(bob));
      expect(outcome.request.createdAt).to.be.instanceOf(Date);
    });

    it('given an unknown username, then USER_NOT_FOUND', async () => {
      await rejection(send(ann, 'nobody_here'), UserNotFound, 'USER_NOT_FOUND');
    });

    it('given my own username, then CANNOT_FRIEND_SELF (a validation error)', async () => {
      const error = await rejection(send(ann, ann), CannotFriendSelf, 'CANNOT_FRIEND_SELF');
      expect(error.kind).to.equal('validation');
    });

    it('given we are friends, then ALREADY_FRIENDS', async () => {
      await w.befriend(ann, bob);
      await rejection(send(ann, bob), AlreadyFriends, 'ALREADY_FRIENDS');
      await rejection(send(bob, ann), AlreadyFriends, 'ALREADY_FRIENDS');
    });

    it('given my request to them is pending, when I ask again, then FRIEND_REQUEST_EXISTS', async () => {
      await send(ann, bob);
      await rejection(send(ann, bob), FriendRequestExists, 'FRIEND_REQUEST_EXISTS');
    });

    it('given they asked me, when I ask them, then their request is accepted instead: we are friends and no request is left', async () => {
      await send(bob, ann);
      const outcome = await send(ann, bob);
      expect(outcome.kind).to.equal('accepted');
      if (outcome.kind !== 'accepted') return;
      expect(outcome.friendship.friend).to.deep.equal(publicOf(bob));
      expect((await w.uc.listFriends.execute({ actor: bob.actor })).map((f) => f.friend)).to.deep.equal([
        publicOf(ann),
      ]);
      expect(await w.uc.listFriendRequests.execute({ actor: ann.actor })).to.deep.equal({
        incoming: [],
        outgoing: [],
      });
    });

    it('given their request cancelled between my read and my accept, then mine is an ordinary new request', async () => {
      await send(bob, ann);
      const real = w.repos.requests;
      const cancelledMeanwhile: FriendRequestRepository = Object.assign(
        Object.create(real) as FriendRequestRepository,
        {
          async findPending(requesterId: UserId, addresseeId: UserId) {
            const found = await real.findPending(requesterId, addresseeId);
            if (found) await real.remove(found.id);
            return found;
          },
        },
      );
      const racing = new SendFriendRequest(
        w.repos.uow,
        w.repos.users,
        cancelledMeanwhile,
        w.repos.friendships,
        w.ids,
        w.clock,
        unlimited(w.clock),
        w.repos.blocks,
        w.notifications.notifier,
      );
      const outcome = await racing.execute({ actor: ann.actor, username: bob.user.username });
      expect(outcome.kind).to.equal('request');
      expect((await w.uc.listFriendRequests.execute({ actor: bob.actor })).incoming).to.have.length(1);
      expect(await w.repos.friendships.areFriends(ann.user.id, bob.user.id)).to.equal(false);
    });

    it('given two users asking each other at once, then they end up friends with no request left', async () => {
      const { values, codes } = await concurrently([() => send(ann, bob), () => send(bob, ann)]);
      expect(codes).to.deep.equal([]);
      expect(values.map((v) => v.kind).sort()).to.deep.equal(['accepted', 'request']);
      expect(await w.repos.friendships.areFriends(ann.user.id, bob.user.id)).to.equal(true);
      expect(await w.uc.listFriendRequests.execute({ actor: bob.actor })).to.deep.equal({
        incoming: [],
        outgoing: [],
      });
    });
  });

  describe('ListFriendRequests', () => {
    it('given no requests, then two empty lists', async () => {
      expect(await w.uc.listFriendRequests.execute({ actor: ann.actor })).to.deep.equal({
        incoming: [],
        outgoing: [],
      });
    });

    it('given requests to and from me and between others, then mine only, oldest first, with both users', async () => {
      const dan = await w.member('dan');
      const fromBob = await send(bob, ann);
      const toEve = await send(ann, eve);
      const fromDan = await send(dan, ann);
      await send(bob, eve);
      const lists = await w.uc.listFriendRequests.execute({ actor: ann.actor });
      const ids = (o: Awaited<ReturnType<typeof send>>) => (o.kind === 'request' ? o.request.id : '');
      expect(lists.incoming.map((r) => r.id)).to.deep.equal([ids(fromBob), ids(fromDan)]);
      expect(lists.outgoing.map((r) => r.id)).to.deep.equal([ids(toEve)]);
      expect(lists.incoming[0]).to.deep.include({ from: publicOf(bob), to: publicOf(ann) });
      expect(lists.outgoing[0]).to.deep.include({ from: publicOf(ann), to: publicOf(eve) });
    });
  });

  describe('AcceptFriendRequest', () => {
    let requestId: string;
    beforeEach(async () => {
      const outcome = await send(ann, bob);
      requestId = outcome.kind === 'request' ? outcome.request.id : '';
    });

    it('given a request to me, when I accept, then the requester is my friend since now and the request is gone', async () => {
      const friendship = await w.uc.acceptFriendRequest.execute({ actor: bob.actor, requestId });
      expect(friendship.friend).to.deep.equal(publicOf(ann));
      expect(await w.uc.listFriends.execute({ actor: ann.actor })).to.deep.equal([
        { friend: publicOf(bob), since: friendship.since },
      ]);
      expect((await w.uc.listFriendRequests.execute({ actor: bob.actor })).incoming).to.deep.equal([]);
    });

    it('given the requester or a stranger, when they accept, then FRIEND_REQUEST_NOT_FOUND and it stays pending', async () => {
      await rejection(
        w.uc.acceptFriendRequest.execute({ actor: ann.actor, requestId }),
        FriendRequestNotFound,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      await rejection(
        w.uc.acceptFriendRequest.execute({ actor: eve.actor, requestId }),
        FriendRequestNotFound,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      expect((await w.uc.listFriendRequests.execute({ actor: bob.actor })).incoming).to.have.length(1);
    });

    it('given an unknown id or an accepted request, then FRIEND_REQUEST_NOT_FOUND', async () => {
      await rejection(
        w.uc.acceptFriendRequest.execute({ actor: bob.actor, requestId: 'nope' }),
        FriendRequestNotFound,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      await w.uc.acceptFriendRequest.execute({ actor: bob.actor, requestId });
      await rejection(
        w.uc.acceptFriendRequest.execute({ actor: bob.actor, requestId }),
        FriendRequestNotFound,
        'FRIEND_REQUEST_NOT_FOUND',
      );
    });

    it('given two accepts at once, then one friendship and one FRIEND_REQUEST_NOT_FOUND', async () => {
      const accept = () => w.uc.acceptFriendRequest.execute({ actor: bob.actor, requestId });
      const { values, codes } = await concurrently([accept, accept]);
      expect(values).to.have.length(1);
      expect(codes).to.deep.equal(['FRIEND_REQUEST_NOT_FOUND']);
      expect(await w.uc.listFriends.execute({ actor: bob.actor })).to.have.length(1);
    });
  });

  describe('DeleteFriendRequest', () => {
    let requestId: string;
    beforeEach(async () => {
      const outcome = await send(ann, bob);
      requestId = outcome.kind === 'request' ? outcome.request.id : '';
    });

    it('given a request to me, when I decline, then it is gone and we are not friends', async () => {
      await w.uc.deleteFriendRequest.execute({ actor: bob.actor, requestId });
      expect(await w.uc.listFriendRequests.execute({ actor: ann.actor })).to.deep.equal({
        incoming: [],
        outgoing: [],
      });
      expect(await w.uc.listFriends.execute({ actor: bob.actor })).to.deep.equal([]);
    });

    it('given my request, when I cancel, then it is gone and I may ask again', async () => {
      await w.uc.deleteFriendRequest.execute({ actor: ann.actor, requestId });
      expect((await w.uc.listFriendRequests.execute({ actor: bob.actor })).incoming).to.deep.equal([]);
      expect((await send(ann, bob)).kind).to.equal('request');
    });

    it('given a stranger, an unknown id or a request already gone, then FRIEND_REQUEST_NOT_FOUND', async () => {
      await rejection(
        w.uc.deleteFriendRequest.execute({ actor: eve.actor, requestId }),
        FriendRequestNotFound,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      expect((await w.uc.listFriendRequests.execute({ actor: bob.actor })).incoming).to.have.length(1);
      await rejection(
        w.uc.deleteFriendRequest.execute({ actor: bob.actor, requestId: 'nope' }),
        FriendRequestNotFound,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      await w.uc.deleteFriendRequest.execute({ actor: bob.actor, requestId });
      await rejection(
        w.uc.deleteFriendRequest.execute({ actor: ann.actor, requestId }),
        FriendRequestNotFound,
        'FRIEND_REQUEST_NOT_FOUND',
      );
    });
  });
});
