import { expect } from 'chai';
import { FriendRequest, FriendRequestId, UserId, friendPair, isDomainError } from '../../src/index.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const [ann, bob, eve] = [UserId('ann'), UserId('bob'), UserId('eve')];

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return error.code;
  }
  throw new Error('expected a domain error');
}

const request = () =>
  FriendRequest.create({ id: FriendRequestId('r1'), requesterId: ann, addresseeId: bob }, NOW);

describe('FriendRequest', () => {
  it('given two users, when one asks the other, then the request is pending and dated now', () => {
    const r = request();
    expect(r.status).to.equal('pending');
    expect(r.snapshot()).to.deep.equal({ id: 'r1', requesterId: ann, addresseeId: bob, createdAt: NOW });
  });

  it('given a user asking themself, then CANNOT_FRIEND_SELF', () => {
    expect(
      codeOf(() =>
        FriendRequest.create({ id: FriendRequestId('r'), requesterId: ann, addresseeId: ann }, NOW),
      ),
    ).to.equal('CANNOT_FRIEND_SELF');
  });

  it('given a pending request, when the addressee accepts, then it is accepted and yields the friendship from their side', () => {
    const r = request();
    expect(r.accept(bob, NOW)).to.deep.equal({ userId: bob, friendId: ann, since: NOW });
    expect(r.status).to.equal('accepted');
  });

  it('given a pending request, when the requester or a stranger accepts, then FRIEND_REQUEST_NOT_FOUND and it stays pending', () => {
    const r = request();
    expect(codeOf(() => r.accept(ann, NOW))).to.equal('FRIEND_REQUEST_NOT_FOUND');
    expect(codeOf(() => r.accept(eve, NOW))).to.equal('FRIEND_REQUEST_NOT_FOUND');
    expect(r.status).to.equal('pending');
  });

  it('given a pending request, when the addressee dismisses it, then it is declined', () => {
    const r = request();
    expect(r.dismiss(bob)).to.equal('declined');
    expect(r.status).to.equal('declined');
  });

  it('given a pending request, when the requester dismisses it, then it is cancelled', () => {
    expect(request().dismiss(ann)).to.equal('cancelled');
  });

  it('given a pending request, when a stranger dismisses it, then FRIEND_REQUEST_NOT_FOUND', () => {
    expect(codeOf(() => request().dismiss(eve))).to.equal('FRIEND_REQUEST_NOT_FOUND');
  });

  it('given an answered request, when anyone acts on it again, then it no longer exists', () => {
    const accepted = request();
    accepted.accept(bob, NOW);
    expect(codeOf(() => accepted.accept(bob, NOW))).to.equal('FRIEND_REQUEST_NOT_FOUND');
    expect(codeOf(() => accepted.dismiss(ann))).to.equal('FRIEND_REQUEST_NOT_FOUND');
    const declined = request();
    declined.dismiss(bob);
    expect(codeOf(() => declined.accept(bob, NOW))).to.equal('FRIEND_REQUEST_NOT_FOUND');
  });

  it('given stored state, when rehydrated, then it is pending with the same snapshot', () => {
    const r = FriendRequest.rehydrate(request().snapshot());
    expect(r.status).to.equal('pending');
    expect(r.snapshot()).to.deep.equal(request().snapshot());
  });
});

describe('friendPair', () => {
  it('given a pair in either order, then the same canonical (low, high) order', () => {
    expect(friendPair(bob, ann)).to.deep.equal([ann, bob]);
    expect(friendPair(ann, bob)).to.deep.equal([ann, bob]);
  });
});
