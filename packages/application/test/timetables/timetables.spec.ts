import { TimetableNameTaken, TimetableNotFound, ValidationFailed } from '@campus/domain';
import { expect } from 'chai';
import { catalogueFixture, concurrently, rejection, type Member } from '../courses/catalogue-fixture.js';

type World = Awaited<ReturnType<typeof catalogueFixture>>;

describe('timetables', () => {
  let w: World;
  let ann: Member;
  let bob: Member;
  const create = (
    by: Member,
    input: { semester?: string; name?: string; visibility?: 'private' | 'friends' | 'public' } = {},
  ) => w.uc.createTimetable.execute({ actor: by.actor, semester: '2026-1', ...input });
  const mine = async (by: Member, semester = '2026-1') =>
    (await w.uc.listMyTimetables.execute({ actor: by.actor, semester })).map((t) => [t.name, t.isPrimary]);

  beforeEach(async () => {
    w = await catalogueFixture();
    [ann, bob] = [await w.member('ann'), await w.member('bob')];
  });

  describe('CreateTimetable', () => {
    it('given none yet, when I create one, then 시간표1, private, primary, empty, with me as owner', async () => {
      const created = await create(ann);
      expect(created).to.deep.equal({
        id: created.id,
        semester: '2026-1',
        name: '시간표1',
        visibility: 'private',
        isPrimary: true,
        courses: [],
        totalCredits: 0,
        createdAt: created.createdAt,
        owner: { id: ann.user.id, username: 'user_ann', nickname: '닉ann' },
      });
    });

    it('given one already, then the next is 시간표2 and not primary; another semester starts over', async () => {
      await create(ann);
      expect(await create(ann)).to.deep.include({ name: '시간표2', isPrimary: false });
      expect(await create(ann, { semester: '2026-summer' })).to.deep.include({
        name: '시간표1',
        isPrimary: true,
      });
      expect(await create(bob)).to.deep.include({ name: '시간표1', isPrimary: true });
    });

    it('given 시간표2 renamed away, then the default is the first unused number', async () => {
      await create(ann);
      const second = await create(ann);
      await create(ann);
      await w.uc.updateTimetable.execute({ actor: ann.actor, timetableId: second.id, name: 'Plan B' });
      expect((await create(ann)).name).to.equal('시간표2');
    });

    it('given a name and visibility, then they are used; a name I use that semester is TIMETABLE_NAME_TAKEN', async () => {
      expect(await create(ann, { name: ' Main ', visibility: 'public' })).to.deep.include({
        name: 'Main',
        visibility: 'public',
      });
      await rejection(create(ann, { name: 'Main' }), TimetableNameTaken, 'TIMETABLE_NAME_TAKEN');
      await create(ann, { name: 'Main', semester: '2026-2' });
      await create(bob, { name: 'Main' });
    });

    it('given a bad semester or a name over 30 characters, then VALIDATION_FAILED', async () => {
      await rejection(create(ann, { semester: '2026' }), ValidationFailed, 'VALIDATION_FAILED');
      await rejection(create(ann, { name: '가'.repeat(31) }), ValidationFailed, 'VALIDATION_FAILED');
      expect(await mine(ann)).to.deep.equal([]);
    });

    it('given 4 creates at once, then 4 distinct default names and exactly one primary', async () => {
      const { codes } = await concurrently(Array.from({ length: 4 }, () => () => create(ann)));
      expect(codes).to.deep.equal([]);
      expect((await mine(ann)).map(([name]) => name).sort()).to.deep.equal([
        '시간표1',
        '시간표2',
        '시간표3',
        '시간표4',
      ]);
      expect((await mine(ann)).filter(([, primary]) => primary)).to.have.length(1);
    });
  });

  describe('ListMyTimetables', () => {
    it('given timetables of several semesters and users, then mine, oldest first, one semester or all', async () => {
      await create(ann);
      await create(bob);
      await create(ann, { semester: '2026-2' });
      await create(ann, { name: 'B' });
      expect(await mine(ann)).to.deep.equal([
        ['시간표1', true],
        ['B', false],
      ]);
      const all = await w.uc.listMyTimetables.execute({ actor: ann.actor });
      expect(all.map((t) => `${t.semester} ${t.name}`)).to.deep.equal([
        '2026-1 시간표1',
        '2026-2 시간표1',
        '2026-1 B',
      ]);
      await rejection(
        w.uc.listMyTimetables.execute({ actor: ann.actor, semester: 'x' }),
        ValidationFailed,
        'VALIDATION_FAILED',
      );
    });
  });

  describe('UpdateTimetable', () => {
    it('given my timetable, when renamed and made public, then both change', async () => {
      const t = await create(ann);
      const updated = await w.uc.updateTimetable.execute({
        actor: ann.actor,
        timetableId: t.id,
        name: 'Main',
        visibility: 'public',
      });
      expect(updated).to.deep.include({ id: t.id, name: 'Main', visibility: 'public', isPrimary: true });
    });

    it('given another of mine has that name, then TIMETABLE_NAME_TAKEN and nothing changes', async () => {
      await create(ann);
      const second = await create(ann);
      await rejection(
        w.uc.updateTimetable.execute({
          actor: ann.actor,
          timetableId: second.id,
          name: '시간표1',
          isPrimary: true,
        }),
        TimetableNameTaken,
        'TIMETABLE_NAME_TAKEN',
      );
      expect(await mine(ann)).to.deep.equal([
        ['시간표1', true],
        ['시간표2', false],
      ]);
    });

    it('given isPrimary, then the mark moves to it and off the others of that semester', async () => {
      await create(ann);
      const second = await create(ann);
      await create(ann, { semester: '2026-2' });
      expect(
        (await w.uc.updateTimetable.execute({ actor: ann.actor, timetableId: second.id, isPrimary: true }))
          .isPrimary,
      ).to.equal(true);
      expect(await mine(ann)).to.deep.equal([
        ['시간표1', false],
        ['시간표2', true],
      ]);
      expect(await mine(ann, '2026-2')).to.deep.equal([['시간표1', true]]);
    });

    it('given 3 make-primary calls at once, then exactly one primary', async () => {
      const made = [await create(ann), await create(ann), await create(ann)];
      const { codes } = await concurrently(
        made.map(
          (t) => () => w.uc.updateTimetable.execute({ actor: ann.actor, timetableId: t.id, isPrimary: true }),
        ),
      );
      expect(codes).to.deep.equal([]);
      expect((await mine(ann)).filter(([, primary]) => primary)).to.have.length(1);
    });

    it('given someone else’s timetable or an unknown id, then TIMETABLE_NOT_FOUND, even when it is public', async () => {
      const theirs = await create(bob, { visibility: 'public' });
      for (const timetableId of [theirs.id, 'nope'])
        await rejection(
          w.uc.updateTimetable.execute({ actor: ann.actor, timetableId, name: 'Mine' }),
          TimetableNotFound,
          'TIMETABLE_NOT_FOUND',
        );
    });
  });

  describe('DeleteTimetable', () => {
    it('given the primary deleted, then the oldest remaining one becomes primary; deleting the last leaves none', async () => {
      const first = await create(ann);
      const second = await create(ann);
      const third = await create(ann);
      await w.uc.deleteTimetable.execute({ actor: ann.actor, timetableId: first.id });
      expect(await mine(ann)).to.deep.equal([
        ['시간표2', true],
        ['시간표3', false],
      ]);
      await w.uc.deleteTimetable.execute({ actor: ann.actor, timetableId: third.id });
      await w.uc.deleteTimetable.execute({ actor: ann.actor, timetableId: second.id });
      expect(await mine(ann)).to.deep.equal([]);
    });

    it('given a timetable that is not primary deleted, then the primary stays', async () => {
      await create(ann);
      const second = await create(ann);
      await w.uc.deleteTimetable.execute({ actor: ann.actor, timetableId: second.id });
      expect(await mine(ann)).to.deep.equal([['시간표1', true]]);
    });

    it('given someone else’s timetable, an unknown or a deleted one, then TIMETABLE_NOT_FOUND', async () => {
      const theirs = await create(bob, { visibility: 'public' });
      const gone = await create(ann);
      await w.uc.deleteTimetable.execute({ actor: ann.actor, timetableId: gone.id });
      for (const timetableId of [theirs.id, 'nope', gone.id])
        await rejection(
          w.uc.deleteTimetable.execute({ actor: ann.actor, timetableId }),
          TimetableNotFound,
          'TIMETABLE_NOT_FOUND',
        );
      expect(await mine(bob)).to.have.length(1);
    });
  });
});
