import { expect } from 'chai';
import { Course, CourseId, School, SchoolId, Timetable, TimetableId, User, UserId } from '@campus/domain';
import { StatementCounter } from '../../src/testing/index.js';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { SQL_TARGETS } from './sql-targets.js';

/** Course search and a timetable with its courses: a fixed number of statements, whatever the size. */
for (const target of SQL_TARGETS) {
  describe(`catalogue reads send a fixed number of statements (${target.name})`, function () {
    this.timeout(120_000);
    const counter = new StatementCounter();
    let adapters: SequelizeAdapters;
    let dispose: (() => Promise<void>) | undefined;
    let n = 0;
    const id = () => `0190c000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;
    const T0 = new Date('2026-03-02T09:00:00.000Z');

    before(async function () {
      const opened = await target.open({ onQuery: counter.onQuery });
      if (!opened) return this.skip();
      ({ adapters, dispose } = opened);
    });
    after(async () => {
      await dispose?.();
    });

    async function school(): Promise<School> {
      const s = School.create({ id: SchoolId(id()), name: `S${n}` });
      await adapters.schools.save(s);
      return s;
    }
    async function courses(s: School, count: number): Promise<Course[]> {
      const made: Course[] = [];
      for (let i = 0; i < count; i++) {
        const c = Course.create(
          {
            id: CourseId(id()),
            schoolId: s.id,
            semester: '2026-1',
            code: `C${i}`,
            name: `Course ${i}`,
            professor: 'P',
            credits: 1,
            times: [],
          },
          new Date(T0.getTime() + i),
        );
        await adapters.courses.add(c);
        made.push(c);
      }
      return made;
    }

    it('searches 1 or 200 courses in the same single statement', async () => {
      const counts: number[] = [];
      for (const size of [1, 200]) {
        const s = await school();
        await courses(s, size);
        const { count, result } = await counter.during(() =>
          adapters.courses.search(
            { schoolId: s.id, semester: '2026-1', q: 'course' },
            { limit: 20, after: null },
          ),
        );
        expect(result.items).to.have.length(Math.min(size, 20));
        counts.push(count);
      }
      expect(counts).to.deep.equal([1, 1]);
    });

    it('reads a timetable with 1 or 30 courses in the same number of statements', async () => {
      const counts: number[] = [];
      for (const size of [1, 30]) {
        const s = await school();
        const owner = User.create(
          {
            id: UserId(id()),
            username: `owner_${n}`,
            email: `o${n}@example.com`,
            nickname: `o${n}`,
            schoolId: s.id,
            departmentId: null,
            passwordHash: 'x',
          },
          T0,
        );
        await adapters.users.add(owner);
        const t = Timetable.create(
          {
            id: TimetableId(id()),
            ownerId: owner.id,
            semester: '2026-1',
            name: 'T',
            visibility: 'private',
            isPrimary: true,
          },
          T0,
        );
        await adapters.timetables.add(t);
        for (const c of await courses(s, size)) await adapters.timetables.addCourse(t.id, c.id, T0);
        const { count, result } = await counter.during(async () => {
          const found = await adapters.timetables.findById(t.id);
          return adapters.courses.findManyByIds(found!.courseIds);
        });
        expect(result).to.have.length(size);
        counts.push(count);
      }
      expect(counts[1]).to.equal(counts[0]);
      expect(counts[0]).to.be.at.most(3);
    });
  });
}
