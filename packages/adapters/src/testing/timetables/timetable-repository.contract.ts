/// <reference types="mocha" />
import { TimetableId, type School, type User } from '@campus/domain';
import { expect } from 'chai';
import { at, codeOf, withTimetablesPorts, type TimetablesPortsSetup } from './timetables-fixtures.js';

export function timetableRepositoryContract(name: string, setup: TimetablesPortsSetup): void {
  describe(`TimetableRepository contract (${name})`, () => {
    const world = withTimetablesPorts(setup);
    const timetables = () => world().ports.timetables;
    let school: School;
    let owner: User;

    beforeEach(async () => {
      school = await world().school();
      owner = await world().user(school);
    });

    it('given a timetable, when found, then every field comes back, dates to the ms, with no courses', async () => {
      const timetable = await world().timetable(
        owner,
        { name: '내 시간표 😀', visibility: 'friends', isPrimary: true },
        at(2),
      );
      expect((await timetables().findById(timetable.id))?.snapshot()).to.deep.equal(timetable.snapshot());
      expect(await timetables().findById(TimetableId(world().id()))).to.equal(null);
      expect(await timetables().findById(TimetableId('not-a-uuid'))).to.equal(null);
    });

    it('given a name used by the owner in a semester, when used again there, then TIMETABLE_NAME_TAKEN and nothing is written', async () => {
      await world().timetable(owner, { name: '시간표1' });
      const twin = world().newTimetable(owner, { name: '시간표1' });
      expect(await codeOf(timetables().add(twin))).to.equal('TIMETABLE_NAME_TAKEN');
      expect(await timetables().findById(twin.id)).to.equal(null);
    });

    it('given a name used by the owner in a semester, when used in another semester or by someone else, then it is added', async () => {
      await world().timetable(owner, { name: '시간표1' });
      await world().timetable(owner, { name: '시간표1', semester: '2026-2' });
      await world().timetable(await world().user(school), { name: '시간표1' });
      expect(await timetables().listByOwner(owner.id)).to.have.length(2);
    });

    it('given an update, then name and visibility are written and nothing else; a taken name is TIMETABLE_NAME_TAKEN', async () => {
      const a = await world().timetable(owner, { name: 'A', isPrimary: true });
      const b = await world().timetable(owner, { name: 'B' });
      a.rename('A2');
      a.changeVisibility('public');
      await timetables().update(a);
      expect((await timetables().findById(a.id))?.snapshot()).to.deep.equal(a.snapshot());
      await timetables().update(a);
      b.rename('A2');
      expect(await codeOf(timetables().update(b))).to.equal('TIMETABLE_NAME_TAKEN');
      expect((await timetables().findById(b.id))?.name).to.equal('B');
    });

    it('given timetables of several semesters and owners, when listed, then the owner’s only, oldest first by (createdAt, id)', async () => {
      const late = await world().timetable(owner, {}, at(5));
      const early = await world().timetable(owner, {}, at(1));
      const tieA = await world().timetable(owner, {}, at(3));
      const tieB = await world().timetable(owner, {}, at(3));
      const summer = await world().timetable(owner, { semester: '2026-summer' }, at(2));
      await world().timetable(await world().user(school), {}, at(1));
      const ties = [tieA.id, tieB.id].sort();
      expect((await timetables().listByOwner(owner.id, '2026-1')).map((t) => t.id)).to.deep.equal([
        early.id,
        ...ties,
        late.id,
      ]);
      expect((await timetables().listByOwner(owner.id)).map((t) => t.id)).to.deep.equal([
        early.id,
        summer.id,
        ...ties,
        late.id,
      ]);
    });

    it('given a primary, when another is made primary, then it holds the only mark of that owner and semester', async () => {
      const first = await world().timetable(owner, { isPrimary: true }, at(1));
      const second = await world().timetable(owner, {}, at(2));
      const summer = await world().timetable(owner, { semester: '2026-summer', isPrimary: true });
      const someone = await world().user(school);
      const theirs = await world().timetable(someone, { isPrimary: true });
      expect((await timetables().findPrimary(owner.id, '2026-1'))?.id).to.equal(first.id);
      await timetables().makePrimary(second.id);
      expect(await world().primaries(owner)).to.deep.equal([second.id]);
      expect((await timetables().findPrimary(owner.id, '2026-1'))?.id).to.equal(second.id);
      expect(await world().primaries(owner, '2026-summer')).to.deep.equal([summer.id]);
      expect(await world().primaries(someone)).to.deep.equal([theirs.id]);
      await timetables().makePrimary(TimetableId(world().id()));
      expect(await world().primaries(owner)).to.deep.equal([second.id]);
      expect(await timetables().findPrimary(owner.id, '2026-2')).to.equal(null);
    });

    it('given courses added, then they read back in order added (ties by course id); a second add is COURSE_ALREADY_ADDED', async () => {
      const timetable = await world().timetable(owner);
      const other = await world().timetable(owner);
      const [a, b, c] = [
        await world().course(school, 'A'),
        await world().course(school, 'B'),
        await world().course(school, 'C'),
      ];
      await timetables().addCourse(timetable.id, c.id, at(1));
      await timetables().addCourse(timetable.id, b.id, at(2));
      await timetables().addCourse(timetable.id, a.id, at(2));
      await timetables().addCourse(other.id, c.id, at(3));
      expect(await codeOf(timetables().addCourse(timetable.id, b.id, at(4)))).to.equal(
        'COURSE_ALREADY_ADDED',
      );
      const tied = [a.id, b.id].sort();
      expect((await timetables().findById(timetable.id))?.courseIds).to.deep.equal([c.id, ...tied]);
      const listed = await timetables().listByOwner(owner.id);
      expect(listed.map((t) => t.courseIds)).to.deep.equal([[c.id, ...tied], [c.id]]);
      await timetables().removeCourse(timetable.id, c.id);
      await timetables().removeCourse(timetable.id, c.id);
      expect((await timetables().findById(timetable.id))?.courseIds).to.deep.equal(tied);
      expect((await timetables().findById(other.id))?.courseIds).to.deep.equal([c.id]);
    });

    it('given a timetable with courses, when removed, then it and its links are gone, others untouched', async () => {
      const [doomed, kept] = [await world().timetable(owner), await world().timetable(owner)];
      const course = await world().course(school, 'A');
      await timetables().addCourse(doomed.id, course.id, at(1));
      await timetables().addCourse(kept.id, course.id, at(1));
      await timetables().remove(doomed.id);
      expect(await timetables().findById(doomed.id)).to.equal(null);
      expect((await timetables().listByOwner(owner.id)).map((t) => [t.id, t.courseIds])).to.deep.equal([
        [kept.id, [course.id]],
      ]);
    });

    it('given a unit of work that fails after a make-primary, then the old primary keeps the mark', async () => {
      const first = await world().timetable(owner, { isPrimary: true });
      const second = await world().timetable(owner);
      const failed = world().ports.uow.run(async () => {
        await timetables().lockOwner(owner.id);
        await timetables().makePrimary(second.id);
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect(await world().primaries(owner)).to.deep.equal([first.id]);
    });
  });
}
