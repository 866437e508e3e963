import { TimetableNotFound, UserNotFound, ValidationFailed } from '@campus/domain';
import { expect } from 'chai';
import { catalogueFixture, rejection, type Member } from '../courses/catalogue-fixture.js';

type World = Awaited<ReturnType<typeof catalogueFixture>>;
type Visibility = 'private' | 'friends' | 'public';

describe('who sees a timetable', () => {
  let w: World;
  let owner: Member;
  let friend: Member;
  let stranger: Member;
  const create = (visibility: Visibility, semester = '2026-1') =>
    w.uc.createTimetable.execute({ actor: owner.actor, semester, visibility });
  const get = (by: Member, timetableId: string) =>
    w.uc.getTimetable.execute({ actor: by.actor, timetableId });
  const primaryOf = (by: Member, username = owner.user.username, semester = '2026-1') =>
    w.uc.getUserPrimaryTimetable.execute({ actor: by.actor, username, semester });

  beforeEach(async () => {
    w = await catalogueFixture();
    [owner, friend, stranger] = [
      await w.member('owner'),
      await w.member('friend'),
      await w.member('stranger'),
    ];
    await w.befriend(owner, friend);
  });

  describe('GetTimetable', () => {
    it('given a private timetable, then only its owner sees it; friends too get TIMETABLE_NOT_FOUND', async () => {
      const t = await create('private');
      expect((await get(owner, t.id)).id).to.equal(t.id);
      for (const viewer of [friend, stranger])
        await rejection(get(viewer, t.id), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
    });

    it('given a friends-only timetable, then friends see it and strangers get TIMETABLE_NOT_FOUND', async () => {
      const t = await create('friends');
      expect(await get(friend, t.id)).to.deep.equal(await get(owner, t.id));
      await rejection(get(stranger, t.id), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
    });

    it('given a friends-only timetable, when the friendship ends, then the former friend no longer sees it', async () => {
      const t = await create('friends');
      await w.uc.removeFriend.execute({ actor: owner.actor, userId: friend.user.id });
      await rejection(get(friend, t.id), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
    });

    it('given a public timetable, then everyone sees it, with its owner as a public user', async () => {
      const t = await create('public');
      expect((await get(stranger, t.id)).owner).to.deep.equal({
        id: owner.user.id,
        username: owner.user.username,
        nickname: owner.user.nickname,
      });
    });

    it('given an unknown id, then TIMETABLE_NOT_FOUND', async () => {
      await rejection(get(owner, 'nope'), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
    });
  });

  describe('GetUserPrimaryTimetable', () => {
    it('given several timetables, then the primary one of that semester, when visible to me', async () => {
      const first = await create('public');
      const second = await create('public');
      expect((await primaryOf(stranger)).id).to.equal(first.id);
      await w.uc.updateTimetable.execute({ actor: owner.actor, timetableId: second.id, isPrimary: true });
      expect((await primaryOf(stranger)).id).to.equal(second.id);
    });

    it('given a friends-only primary, then my friends see it, strangers get TIMETABLE_NOT_FOUND, I see mine', async () => {
      const t = await create('friends');
      expect((await primaryOf(friend)).id).to.equal(t.id);
      expect((await primaryOf(owner)).id).to.equal(t.id);
      await rejection(primaryOf(stranger), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
    });

    it('given a private primary, then only I see it', async () => {
      await create('private');
      await rejection(primaryOf(friend), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
      expect((await primaryOf(owner)).isPrimary).to.equal(true);
    });

    it('given no timetable that semester, then TIMETABLE_NOT_FOUND; an unknown user is USER_NOT_FOUND', async () => {
      await create('public', '2026-2');
      await rejection(primaryOf(friend), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
      await rejection(primaryOf(friend, 'nobody_here'), UserNotFound, 'USER_NOT_FOUND');
      await rejection(primaryOf(friend, owner.user.username, 'soon'), ValidationFailed, 'VALIDATION_FAILED');
    });
  });
});
