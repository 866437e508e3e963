import { NotFriends } from '@campus/domain';
import { expect } from 'chai';
import { catalogueFixture, rejection, type Member } from '../courses/catalogue-fixture.js';

type World = Awaited<ReturnType<typeof catalogueFixture>>;

describe('friends', () => {
  let w: World;
  let ann: Member;
  let bob: Member;
  let eve: Member;

  beforeEach(async () => {
    w = await catalogueFixture();
    [ann, bob, eve] = [await w.member('ann'), await w.member('bob'), await w.member('eve')];
  });

  describe('ListFriends', () => {
    it('given no friends, then an empty list', async () => {
      expect(await w.uc.listFriends.execute({ actor: ann.actor })).to.deep.equal([]);
    });

    it('given friends made one after another, then oldest friendship first, from either side', async () => {
      await w.befriend(ann, eve);
      await w.befriend(bob, ann);
      const mine = await w.uc.listFriends.execute({ actor: ann.actor });
      expect(mine.map((f) => f.friend.username)).to.deep.equal(['user_eve', 'user_bob']);
      expect(mine[0]!.since.getTime()).to.be.below(mine[1]!.since.getTime());
      expect((await w.uc.listFriends.execute({ actor: bob.actor })).map((f) => f.friend.id)).to.deep.equal([
        ann.user.id,
      ]);
    });
  });

  describe('RemoveFriend', () => {
    it('given friends, when either side removes the other, then neither lists the other', async () => {
      await w.befriend(ann, bob);
      await w.uc.removeFriend.execute({ actor: bob.actor, userId: ann.user.id });
      expect(await w.uc.listFriends.execute({ actor: ann.actor })).to.deep.equal([]);
      expect(await w.uc.listFriends.execute({ actor: bob.actor })).to.deep.equal([]);
    });

    it('given a friendship already removed, a stranger, myself or an unknown id, then NOT_FRIENDS', async () => {
      await w.befriend(ann, bob);
      await w.uc.removeFriend.execute({ actor: ann.actor, userId: bob.user.id });
      for (const userId of [bob.user.id, eve.user.id, ann.user.id, 'nobody'])
        await rejection(w.uc.removeFriend.execute({ actor: ann.actor, userId }), NotFriends, 'NOT_FRIENDS');
    });

    it('given a removed friendship, when one asks the other again, then it is a new pending request', async () => {
      await w.befriend(ann, bob);
      await w.uc.removeFriend.execute({ actor: ann.actor, userId: bob.user.id });
      const outcome = await w.uc.sendFriendRequest.execute({ actor: bob.actor, username: ann.user.username });
      expect(outcome.kind).to.equal('request');
    });
  });
});
