/// <reference types="mocha" />
import { CourseId, type CourseFilter, type School } from '@campus/domain';
import { expect } from 'chai';
import { at, codeOf, withCoursesPorts, type CoursesPortsSetup } from './courses-fixtures.js';

export function courseRepositoryContract(name: string, setup: CoursesPortsSetup): void {
  describe(`CourseRepository contract (${name})`, () => {
    const world = withCoursesPorts(setup);
    const courses = () => world().ports.courses;

    it('given a course with every field set, when found, then every field comes back, times in order, dates to the ms', async () => {
      const school = await world().school();
      const course = await world().course(
        school,
        'CS101',
        {
          name: '자료구조 😀',
          professor: '김교수',
          credits: 0,
          times: [
            { day: 'WED', start: '13:00', end: '14:15', room: '공학관 101' },
            { day: 'MON', start: '09:00', end: '10:15' },
          ],
        },
        at(1),
      );
      expect((await courses().findById(course.id))?.snapshot()).to.deep.equal(course.snapshot());
      expect((await courses().findById(course.id))?.averageRating).to.equal(null);
    });

    it('given no such course, when looked up, then null', async () => {
      expect(await courses().findById(CourseId(world().id()))).to.equal(null);
      expect(await courses().findById(CourseId('not-a-uuid'))).to.equal(null);
    });

    it('given a code taken in a school and semester, when added again there, then COURSE_EXISTS and nothing is written', async () => {
      const school = await world().school();
      await world().course(school, 'CS101');
      const twin = world().newCourse(school, 'CS101', { name: 'Other' });
      expect(await codeOf(courses().add(twin))).to.equal('COURSE_EXISTS');
      expect(await courses().findById(twin.id)).to.equal(null);
    });

    it('given a code taken in a school and semester, when used in another semester or school, then it is added', async () => {
      const [school, other] = [await world().school(), await world().school()];
      await world().course(school, 'CS101');
      const nextTerm = await world().course(school, 'CS101', { semester: '2026-2' });
      const elsewhere = await world().course(other, 'CS101');
      expect(await courses().findManyByIds([nextTerm.id, elsewhere.id])).to.have.length(2);
    });

    it('given ids, when found together, then in the order asked, unknown ids left out, none for none', async () => {
      const school = await world().school();
      const [a, b] = [await world().course(school, 'A'), await world().course(school, 'B')];
      const found = await courses().findManyByIds([b.id, CourseId(world().id()), a.id]);
      expect(found.map((c) => c.id)).to.deep.equal([b.id, a.id]);
      expect(found[0]?.snapshot()).to.deep.equal(b.snapshot());
      expect(await courses().findManyByIds([])).to.deep.equal([]);
    });

    describe('search', () => {
      let school: School;
      const ids = async (filter: Partial<CourseFilter>, limit = 20) =>
        (
          await courses().search(
            { schoolId: school.id, semester: '2026-1', ...filter },
            { limit, after: null },
          )
        ).items.map((c) => c.id);

      beforeEach(async () => {
        school = await world().school();
      });

      it('given courses of other schools and semesters, then only the asked school and semester come back', async () => {
        const mine = await world().course(school, 'A');
        await world().course(school, 'B', { semester: '2026-2' });
        await world().course(await world().school(), 'C');
        expect(await ids({})).to.deep.equal([mine.id]);
      });

      it('given q, then it matches the name or the code, case-insensitively', async () => {
        const byCode = await world().course(school, 'MATH101', { name: 'Calculus' }, at(1));
        const byName = await world().course(school, 'X1', { name: 'Discrete math' }, at(2));
        const hangul = await world().course(school, 'K1', { name: '선형대수' }, at(3));
        await world().course(school, 'CS1', { name: 'Compilers' }, at(4));
        expect(await ids({ q: 'Math' })).to.deep.equal([byCode.id, byName.id]);
        expect(await ids({ q: '대수' })).to.deep.equal([hangul.id]);
      });

      it('given q with % or _, then they match only themselves', async () => {
        const underscore = await world().course(school, 'MATH_1', { name: 'Analysis' }, at(1));
        const percent = await world().course(school, 'M2', { name: '100% Algebra' }, at(2));
        await world().course(school, 'MATHX1', { name: 'Geometry 1000' }, at(3));
        expect(await ids({ q: 'h_' })).to.deep.equal([underscore.id]);
        expect(await ids({ q: '0%' })).to.deep.equal([percent.id]);
        expect(await ids({ q: '%' })).to.deep.equal([percent.id]);
      });

      it('given professor, alone or with q, then it matches part of the professor, case-insensitively', async () => {
        const ada = await world().course(school, 'A1', { name: 'Engines', professor: 'Ada Lovelace' }, at(1));
        await world().course(school, 'A2', { name: 'Engines II', professor: 'Grace Hopper' }, at(2));
        const ada2 = await world().course(school, 'B1', { name: 'Poetry', professor: 'ada byron' }, at(3));
        expect(await ids({ professor: 'ADA' })).to.deep.equal([ada.id, ada2.id]);
        expect(await ids({ professor: 'ada', q: 'engine' })).to.deep.equal([ada.id]);
      });

      it('given more courses than a page, then pages run oldest first by (createdAt, id) with no gap or repeat', async () => {
        const made = [];
        for (const [code, s] of [
          ['E', 3],
          ['A', 1],
          ['D', 2],
          ['B', 2],
          ['C', 2],
        ] as const)
          made.push(await world().course(school, code, {}, at(s)));
        const expected = [...made]
          .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : 1))
          .map((c) => c.id);
        const seen: string[] = [];
        let after = null;
        for (let i = 0; i < 3; i++) {
          const page = await courses().search(
            { schoolId: school.id, semester: '2026-1' },
            { limit: 2, after },
          );
          seen.push(...page.items.map((c) => c.id));
          if (page.next)
            expect(page.next).to.deep.equal({
              value: page.items[1]!.createdAt.getTime(),
              id: page.items[1]!.id,
            });
          after = page.next;
        }
        expect(seen).to.deep.equal(expected);
        expect(after).to.equal(null);
      });

      it('given exactly a page of matches, then no next page', async () => {
        await world().course(school, 'A', {}, at(1));
        await world().course(school, 'B', {}, at(2));
        const page = await courses().search(
          { schoolId: school.id, semester: '2026-1' },
          { limit: 2, after: null },
        );
        expect(page.items).to.have.length(2);
        expect(page.next).to.equal(null);
      });

      it('given counters moved by reviews, then search results carry them', async () => {
        const course = await world().course(school, 'A');
        await world().review(course, await world().user(school), 4);
        const [found] = (
          await courses().search({ schoolId: school.id, semester: '2026-1' }, { limit: 5, after: null })
        ).items;
        expect(found?.snapshot()).to.include({ ratingSum: 4, reviewCount: 1 });
      });
    });
  });
}
