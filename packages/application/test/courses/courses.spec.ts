import {
  CourseExists,
  CourseNotFound,
  Forbidden,
  NotCourseSchoolMember,
  SchoolNotFound,
  ValidationFailed,
} from '@campus/domain';
import { expect } from 'chai';
import { catalogueFixture, mon, rejection, type Member } from './catalogue-fixture.js';

type World = Awaited<ReturnType<typeof catalogueFixture>>;

describe('courses', () => {
  let w: World;
  let ann: Member;

  beforeEach(async () => {
    w = await catalogueFixture();
    ann = await w.member('ann');
  });

  describe('CreateCourse', () => {
    it('given an admin, when a course is created, then the API’s Course with no rating yet', async () => {
      const course = await w.course('CS101', [mon('09:00', '10:30', '공학관 101')], {
        name: '자료구조',
        credits: 3,
      });
      expect(course).to.deep.equal({
        id: course.id,
        schoolId: w.home.id,
        semester: '2026-1',
        code: 'CS101',
        name: '자료구조',
        professor: 'Grace Hopper',
        credits: 3,
        times: [{ day: 'MON', start: '09:00', end: '10:30', room: '공학관 101' }],
        averageRating: null,
        reviewCount: 0,
      });
    });

    it('given a user who is not an admin, then FORBIDDEN and nothing is written', async () => {
      const input = {
        actor: ann.actor,
        schoolId: w.home.id,
        semester: '2026-1',
        code: 'X1',
        name: 'X',
        professor: 'P',
        credits: 3,
        times: [],
      };
      await rejection(w.uc.createCourse.execute(input), Forbidden, 'FORBIDDEN');
      const page = await w.uc.searchCourses.execute({
        actor: ann.actor,
        schoolId: w.home.id,
        semester: '2026-1',
        page: { limit: 5, after: null },
      });
      expect(page.items).to.deep.equal([]);
    });

    it('given an unknown school, then SCHOOL_NOT_FOUND', async () => {
      await rejection(w.course('X1', [], { schoolId: 'nope' }), SchoolNotFound, 'SCHOOL_NOT_FOUND');
    });

    it('given a code taken in that school and semester, then COURSE_EXISTS; another semester or school is fine', async () => {
      await w.course('CS101');
      await rejection(w.course('CS101', [], { name: 'Again' }), CourseExists, 'COURSE_EXISTS');
      await w.course('CS101', [], { semester: '2026-2' });
      await w.course('CS101', [], { schoolId: (await w.school()).id });
    });

    it('given a bad semester, credits, meeting time or empty name, then VALIDATION_FAILED naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ semester: '2026-3' }, 'semester'],
        [{ credits: 10 }, 'credits'],
        [{ times: [mon('10:00', '09:00')] }, 'times.0'],
        [{ times: [mon('09:00', '24:00')] }, 'times.0.end'],
        [{ name: ' ' }, 'name'],
      ];
      for (const [overrides, path] of cases) {
        const error = await rejection(w.course('X1', [], overrides), ValidationFailed, 'VALIDATION_FAILED');
        expect(error.details?.[0]?.path).to.equal(path);
      }
    });
  });

  describe('SearchCourses', () => {
    const search = (
      actor: Member['actor'],
      filter: { q?: string; professor?: string; semester?: string } = {},
      limit = 20,
      after = null as { value: number; id: string } | null,
    ) =>
      w.uc.searchCourses.execute({
        actor,
        schoolId: w.home.id,
        semester: '2026-1',
        ...filter,
        page: { limit, after },
      });

    it('given courses of the semester, when a member searches by name or code and professor, then the matches, as Course', async () => {
      const calculus = await w.course('MATH101', [], { name: 'Calculus', professor: 'Ada Lovelace' });
      const discrete = await w.course('CS201', [], { name: 'Discrete math' });
      await w.course('CS301', [], { name: 'Compilers' });
      await w.course('MATH102', [], { semester: '2026-2' });
      expect((await search(ann.actor, { q: 'MATH' })).items).to.deep.equal([calculus, discrete]);
      expect((await search(ann.actor, { professor: 'lovelace' })).items).to.deep.equal([calculus]);
      expect((await search(ann.actor, { q: 'math', professor: 'hopper' })).items).to.deep.equal([discrete]);
    });

    it('given more matches than a page, then the next keyset leads to the rest, oldest first', async () => {
      const made = [await w.course('A'), await w.course('B'), await w.course('C')];
      const first = await search(ann.actor, {}, 2);
      expect(first.items.map((c) => c.id)).to.deep.equal([made[0]!.id, made[1]!.id]);
      const rest = await search(ann.actor, {}, 2, first.next);
      expect(rest.items.map((c) => c.id)).to.deep.equal([made[2]!.id]);
      expect(rest.next).to.equal(null);
    });

    it('given someone of another school, then NOT_SCHOOL_MEMBER; an admin may search any school', async () => {
      const outsider = await w.member('out', await w.school());
      const error = await rejection(search(outsider.actor), NotCourseSchoolMember, 'NOT_SCHOOL_MEMBER');
      expect(error.kind).to.equal('forbidden');
      expect((await search(w.admin.actor)).items).to.deep.equal([]);
    });

    it('given a bad semester, then VALIDATION_FAILED', async () => {
      await rejection(search(ann.actor, { semester: 'spring' }), ValidationFailed, 'VALIDATION_FAILED');
    });

    it('given a school that does not exist, then SCHOOL_NOT_FOUND, to an admin and to a member alike', async () => {
      for (const actor of [w.admin.actor, ann.actor]) {
        const searching = w.uc.searchCourses.execute({
          actor,
          schoolId: 'no-such-school',
          semester: '2026-1',
          page: { limit: 20, after: null },
        });
        await rejection(searching, SchoolNotFound, 'SCHOOL_NOT_FOUND');
      }
    });
  });

  describe('GetCourse', () => {
    it('given a course, then the Course to a member of its school and to an admin; an unknown id is COURSE_NOT_FOUND', async () => {
      const course = await w.course('CS101');
      expect(await w.uc.getCourse.execute({ actor: ann.actor, courseId: course.id })).to.deep.equal(course);
      expect(await w.uc.getCourse.execute({ actor: w.admin.actor, courseId: course.id })).to.deep.equal(
        course,
      );
      const unknown = w.uc.getCourse.execute({ actor: ann.actor, courseId: 'nope' });
      await rejection(unknown, CourseNotFound, 'COURSE_NOT_FOUND');
    });

    it('given a course, when a member of another school reads it, then NOT_SCHOOL_MEMBER', async () => {
      const course = await w.course('CS101');
      const outsider = await w.member('out', await w.school());
      const reading = w.uc.getCourse.execute({ actor: outsider.actor, courseId: course.id });
      expect((await rejection(reading, NotCourseSchoolMember, 'NOT_SCHOOL_MEMBER')).kind).to.equal(
        'forbidden',
      );
    });
  });
});
