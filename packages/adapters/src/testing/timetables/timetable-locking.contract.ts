/// <reference types="mocha" />
import { TimetableName, type Course, type School, type Timetable, type User } from '@campus/domain';
import { expect } from 'chai';
import { at, concurrently, withTimetablesPorts, type TimetablesPortsSetup } from './timetables-fixtures.js';

/**
 * The owner lock: units of work that start with `lockOwner` take turns, so the check-then-write
 * patterns of the timetable use cases cannot interleave. Each case replays one such pattern.
 */
export function timetableLockingContract(name: string, setup: TimetablesPortsSetup): void {
  describe(`TimetableRepository.lockOwner contract (${name})`, () => {
    const world = withTimetablesPorts(setup);
    const timetables = () => world().ports.timetables;
    const uow = () => world().ports.uow;
    let school: School;
    let owner: User;

    beforeEach(async () => {
      school = await world().school();
      owner = await world().user(school);
    });

    it('given 4 timetables made primary at once, each under the owner lock, then exactly one is primary', async () => {
      const made: Timetable[] = [await world().timetable(owner, { isPrimary: true }, at(0))];
      for (let i = 1; i < 4; i++) made.push(await world().timetable(owner, {}, at(i)));
      const { codes } = await concurrently(
        made.map(
          (t) => () =>
            uow().run(async () => {
              await timetables().lockOwner(owner.id);
              await timetables().makePrimary(t.id);
            }),
        ),
      );
      expect(codes).to.deep.equal([]);
      expect(await world().primaries(owner)).to.have.length(1);
    });

    it('given 4 creates at once, each under the owner lock, then 4 distinct default names and exactly one primary', async () => {
      const create = (i: number) => () =>
        uow().run(async () => {
          await timetables().lockOwner(owner.id);
          const existing = await timetables().listByOwner(owner.id, '2026-1');
          const name = TimetableName.firstFree(existing.map((t) => t.name));
          await world().timetable(owner, { name, isPrimary: existing.length === 0 }, at(i));
        });
      const { codes } = await concurrently([0, 1, 2, 3].map(create));
      expect(codes).to.deep.equal([]);
      const names = (await timetables().listByOwner(owner.id)).map((t) => t.name).sort();
      expect(names).to.deep.equal(['시간표1', '시간표2', '시간표3', '시간표4']);
      expect(await world().primaries(owner)).to.have.length(1);
    });

    it('given two clashing courses added at once, each checked under the owner lock, then only one gets in', async () => {
      const timetable = await world().timetable(owner);
      const courses: Course[] = [
        await world().course(school, 'A', { times: [{ day: 'MON', start: '09:00', end: '10:30' }] }),
        await world().course(school, 'B', { times: [{ day: 'MON', start: '10:00', end: '11:00' }] }),
      ];
      const add = (course: Course) => () =>
        uow().run(async () => {
          await timetables().lockOwner(owner.id);
          const current = await timetables().findById(timetable.id);
          // Stands for the clash check: both courses clash, so only an empty timetable takes one.
          if (current!.courseIds.length > 0) throw new Error('TIMETABLE_CONFLICT');
          await new Promise((resolve) => setTimeout(resolve, 10));
          await timetables().addCourse(timetable.id, course.id, at(5));
        });
      const { values, codes } = await concurrently(courses.map(add));
      expect(values).to.have.length(1);
      expect(codes).to.have.length(1);
      expect((await timetables().findById(timetable.id))?.courseIds).to.have.length(1);
    });

    it('given the primary deleted while another is made primary, each under the owner lock, then exactly one primary remains', async () => {
      const first = await world().timetable(owner, { isPrimary: true }, at(0));
      const second = await world().timetable(owner, {}, at(1));
      const third = await world().timetable(owner, {}, at(2));
      const deletePrimary = () =>
        uow().run(async () => {
          await timetables().lockOwner(owner.id);
          await timetables().remove(first.id);
          const [oldest] = await timetables().listByOwner(owner.id, '2026-1');
          if (oldest) await timetables().makePrimary(oldest.id);
        });
      const makeThirdPrimary = () =>
        uow().run(async () => {
          await timetables().lockOwner(owner.id);
          await timetables().makePrimary(third.id);
        });
      const { codes } = await concurrently([deletePrimary, makeThirdPrimary]);
      expect(codes).to.deep.equal([]);
      const primaries = await world().primaries(owner);
      expect(primaries).to.have.length(1);
      expect([second.id, third.id]).to.include(primaries[0]);
    });
  });
}
