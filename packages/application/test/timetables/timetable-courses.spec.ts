import {
  CourseAlreadyAdded,
  CourseNotFound,
  SemesterMismatch,
  TimetableConflict,
  TimetableNotFound,
} from '@campus/domain';
import { expect } from 'chai';
import type { TimetableDto } from '../../src/index.js';
import { catalogueFixture, concurrently, mon, rejection, type Member } from '../courses/catalogue-fixture.js';

type World = Awaited<ReturnType<typeof catalogueFixture>>;

describe('courses in timetables', () => {
  let w: World;
  let ann: Member;
  let timetable: TimetableDto;
  const add = (courseId: string, by = ann, timetableId = timetable.id) =>
    w.uc.addTimetableCourse.execute({ actor: by.actor, timetableId, courseId });
  const remove = (courseId: string, by = ann) =>
    w.uc.removeTimetableCourse.execute({ actor: by.actor, timetableId: timetable.id, courseId });

  beforeEach(async () => {
    w = await catalogueFixture();
    ann = await w.member('ann');
    timetable = await w.uc.createTimetable.execute({ actor: ann.actor, semester: '2026-1' });
  });

  describe('AddTimetableCourse', () => {
    it('given courses that do not clash, when added, then the Timetable lists them in order with their credits', async () => {
      const a = await w.course('A', [mon('09:00', '10:30')], { credits: 3 });
      const b = await w.course('B', [mon('10:30', '12:00')], { credits: 2 });
      await add(a.id);
      const after = await add(b.id);
      expect(after.courses).to.deep.equal([a, b]);
      expect(after.totalCredits).to.equal(5);
      expect(after).to.deep.include({ id: timetable.id, isPrimary: true, owner: timetable.owner });
    });

    it('given a course of another school, or no such course, then COURSE_NOT_FOUND', async () => {
      const other = await w.school();
      const foreign = await w.course('F', [], { schoolId: other.id, semester: '2026-2' });
      await rejection(add(foreign.id), CourseNotFound, 'COURSE_NOT_FOUND');
      await rejection(add('nope'), CourseNotFound, 'COURSE_NOT_FOUND');
    });

    it('given a course of another semester, then SEMESTER_MISMATCH (a validation error)', async () => {
      const later = await w.course('L', [], { semester: '2026-2' });
      const error = await rejection(add(later.id), SemesterMismatch, 'SEMESTER_MISMATCH');
      expect(error.kind).to.equal('validation');
    });

    it('given the course already in it, then COURSE_ALREADY_ADDED, not a clash with itself', async () => {
      const a = await w.course('A', [mon('09:00', '10:30')]);
      await add(a.id);
      await rejection(add(a.id), CourseAlreadyAdded, 'COURSE_ALREADY_ADDED');
    });

    it('given a course that clashes with two in it, then TIMETABLE_CONFLICT naming both, and it is not added', async () => {
      const a = await w.course('A', [mon('09:00', '10:30')]);
      const b = await w.course('B', [mon('10:30', '12:00')]);
      const c = await w.course('C', [{ day: 'TUE', start: '10:00', end: '11:00' }]);
      for (const course of [a, b, c]) await add(course.id);
      const wide = await w.course('W', [mon('10:00', '11:00')]);
      const error = await rejection(add(wide.id), TimetableConflict, 'TIMETABLE_CONFLICT');
      expect(error.kind).to.equal('conflict');
      expect(error.details.map(({ path, courseId }) => ({ path, courseId }))).to.deep.equal([
        { path: 'courseId', courseId: a.id },
        { path: 'courseId', courseId: b.id },
      ]);
      expect(error.message).to.match(
        /^W .* \(MON 10:00–11:00\) clashes with A .* \(MON 09:00–10:30\) and B .* \(MON 10:30–12:00\)/,
      );
      const stored = await w.uc.getTimetable.execute({ actor: ann.actor, timetableId: timetable.id });
      expect(stored.courses.map((x) => x.code)).to.deep.equal(['A', 'B', 'C']);
    });

    it('given two clashing courses added at once, then one gets in and the other is TIMETABLE_CONFLICT', async () => {
      const a = await w.course('A', [mon('09:00', '10:30')]);
      const b = await w.course('B', [mon('10:00', '11:00')]);
      const { values, codes } = await concurrently([() => add(a.id), () => add(b.id)]);
      expect(values).to.have.length(1);
      expect(codes).to.deep.equal(['TIMETABLE_CONFLICT']);
      expect(
        (await w.uc.getTimetable.execute({ actor: ann.actor, timetableId: timetable.id })).courses,
      ).to.have.length(1);
    });

    it('given someone else’s timetable or an unknown one, then TIMETABLE_NOT_FOUND', async () => {
      const a = await w.course('A');
      const bob = await w.member('bob');
      await rejection(add(a.id, bob), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
      await rejection(add(a.id, ann, 'nope'), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
    });
  });

  describe('RemoveTimetableCourse', () => {
    it('given a course in it, when removed, then the Timetable without it and its credits', async () => {
      const a = await w.course('A', [], { credits: 3 });
      const b = await w.course('B', [], { credits: 1 });
      await add(a.id);
      await add(b.id);
      const after = await remove(a.id);
      expect(after.courses.map((c) => c.id)).to.deep.equal([b.id]);
      expect(after.totalCredits).to.equal(1);
    });

    it('given a course not in it, then COURSE_NOT_FOUND; someone else’s timetable is TIMETABLE_NOT_FOUND', async () => {
      const a = await w.course('A');
      await rejection(remove(a.id), CourseNotFound, 'COURSE_NOT_FOUND');
      await add(a.id);
      await rejection(remove(a.id, await w.member('bob')), TimetableNotFound, 'TIMETABLE_NOT_FOUND');
    });
  });
});
