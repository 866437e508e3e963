import { expect } from 'chai';
import {
  Course,
  CourseId,
  PrimaryPolicy,
  SchoolId,
  Timetable,
  TimetableConflict,
  TimetableId,
  TimetableName,
  UserId,
  clashingCourses,
  isDomainError,
  totalCredits,
  type MeetingTime,
  type NewCourse,
  type Visibility,
} from '../../src/index.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const S1 = SchoolId('s1');
const OWNER = UserId('owner');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return error.code;
  }
  throw new Error('expected a domain error');
}

const course = (id: string, times: MeetingTime[], overrides: Partial<NewCourse> = {}) =>
  Course.create(
    {
      id: CourseId(id),
      schoolId: S1,
      semester: '2026-1',
      code: id,
      name: 'n',
      professor: 'p',
      credits: 3,
      times,
      ...overrides,
    },
    NOW,
  );
const mon = (start: string, end: string): MeetingTime[] => [{ day: 'MON', start, end }];

const timetable = (visibility: Visibility = 'private', courseIds: string[] = []) =>
  Timetable.rehydrate({
    ...Timetable.create(
      {
        id: TimetableId('t1'),
        ownerId: OWNER,
        semester: '2026-1',
        name: ' 시간표1 ',
        visibility,
        isPrimary: true,
      },
      NOW,
    ).snapshot(),
    courseIds: courseIds.map(CourseId),
  });

describe('TimetableName', () => {
  it('given 1–30 characters, then the trimmed name; otherwise VALIDATION_FAILED', () => {
    expect(TimetableName.parse(' 내 시간표 ')).to.equal('내 시간표');
    expect(TimetableName.parse('가'.repeat(30))).to.have.length(30);
    expect(codeOf(() => TimetableName.parse('가'.repeat(31)))).to.equal('VALIDATION_FAILED');
    expect(codeOf(() => TimetableName.parse('  '))).to.equal('VALIDATION_FAILED');
  });

  it('given the names in use, then the default is 시간표N with the first unused N', () => {
    expect(TimetableName.firstFree([])).to.equal('시간표1');
    expect(TimetableName.firstFree(['시간표1', '시간표3', 'Mine'])).to.equal('시간표2');
    expect(TimetableName.firstFree(['시간표2'])).to.equal('시간표1');
  });
});

describe('Timetable', () => {
  it('given valid input, when created, then it is empty, named and dated now', () => {
    const t = timetable('friends');
    expect(t.snapshot()).to.deep.equal({
      id: 't1',
      ownerId: OWNER,
      semester: '2026-1',
      name: '시간표1',
      visibility: 'friends',
      isPrimary: true,
      courseIds: [],
      createdAt: NOW,
    });
  });

  it('given a rename or a visibility change, then they apply; a bad name is VALIDATION_FAILED', () => {
    const t = timetable();
    t.rename('Plan B');
    t.changeVisibility('public');
    expect([t.name, t.visibility]).to.deep.equal(['Plan B', 'public']);
    expect(codeOf(() => t.rename(''))).to.equal('VALIDATION_FAILED');
  });

  it('given anyone but the owner, when they would change it, then TIMETABLE_NOT_FOUND', () => {
    timetable().assertOwner(OWNER);
    expect(codeOf(() => timetable().assertOwner(UserId('x')))).to.equal('TIMETABLE_NOT_FOUND');
  });
});

describe('adding a course: the checks in order', () => {
  const a = course('a', mon('09:00', '10:30'));

  it('given a course of another school, then COURSE_NOT_FOUND, before its semester is looked at', () => {
    const foreign = course('x', [], { schoolId: SchoolId('s2'), semester: '2026-2' });
    expect(codeOf(() => timetable().assertCanAdd(foreign, S1, []))).to.equal('COURSE_NOT_FOUND');
    expect(codeOf(() => timetable().assertCanAdd(a, null, []))).to.equal('COURSE_NOT_FOUND');
  });

  it('given a course of another semester, then SEMESTER_MISMATCH (validation), before "already added"', () => {
    const other = course('a', [], { semester: '2026-2' });
    try {
      timetable('private', ['a']).assertCanAdd(other, S1, []);
      expect.fail('expected SEMESTER_MISMATCH');
    } catch (error) {
      expect(error).to.include({ code: 'SEMESTER_MISMATCH', kind: 'validation' });
    }
  });

  it('given a course already in it, then COURSE_ALREADY_ADDED, before clashes (it clashes with itself)', () => {
    expect(codeOf(() => timetable('private', ['a']).assertCanAdd(a, S1, [a]))).to.equal(
      'COURSE_ALREADY_ADDED',
    );
  });

  it('given clashes, then TIMETABLE_CONFLICT naming both sides by code, name, day and hours, with one detail per clashing course id, in timetable order', () => {
    const b = course('b', mon('10:30', '12:00'), { code: 'CS102', name: '알고리즘' });
    const c = course('c', [{ day: 'TUE', start: '10:00', end: '11:00' }]);
    const wide = course('w', [...mon('10:00', '11:00'), { day: 'FRI', start: '09:00', end: '10:00' }], {
      code: 'CS205',
      name: '운영체제',
    });
    const a = course('a', mon('09:00', '10:30'), { code: 'CS101', name: '자료구조' });
    try {
      timetable('private', ['a', 'b', 'c']).assertCanAdd(wide, S1, [a, b, c]);
      expect.fail('expected TIMETABLE_CONFLICT');
    } catch (error) {
      expect(error).to.be.instanceOf(TimetableConflict);
      expect(error).to.include({ code: 'TIMETABLE_CONFLICT', kind: 'conflict' });
      const conflict = error as TimetableConflict;
      expect(conflict.message).to.equal(
        'CS205 운영체제 (MON 10:00–11:00) clashes with CS101 자료구조 (MON 09:00–10:30) and CS102 알고리즘 (MON 10:30–12:00), already in the timetable.',
      );
      expect(conflict.details).to.deep.equal([
        {
          path: 'courseId',
          courseId: 'a',
          message: 'CS101 자료구조 meets MON 09:00–10:30, which overlaps MON 10:00–11:00 of CS205 운영체제.',
        },
        {
          path: 'courseId',
          courseId: 'b',
          message: 'CS102 알고리즘 meets MON 10:30–12:00, which overlaps MON 10:00–11:00 of CS205 운영체제.',
        },
      ]);
      expect(conflict.clashingCourseIds).to.deep.equal(['a', 'b']);
    }
  });

  it('given back-to-back meetings or a course without meetings, then it may be added', () => {
    timetable('private', ['a']).assertCanAdd(course('b', mon('10:30', '12:00')), S1, [a]);
    timetable('private', ['a']).assertCanAdd(course('online', []), S1, [a]);
  });

  it('clashingCourses names every clashing course and never the course itself', () => {
    const b = course('b', mon('10:00', '11:00'));
    expect(clashingCourses(course('x', mon('08:00', '12:00')), [a, b]).map((c) => c.id)).to.deep.equal([
      'a',
      'b',
    ]);
    expect(clashingCourses(a, [a])).to.deep.equal([]);
  });
});

describe('visibility policy', () => {
  const stranger = UserId('stranger');

  it('given the owner, then every timetable is visible', () => {
    for (const v of ['private', 'friends', 'public'] as const) timetable(v).assertVisibleTo(OWNER, false);
  });

  it('given a public timetable, then everyone sees it', () => {
    timetable('public').assertVisibleTo(stranger, false);
  });

  it('given a friends-only timetable, then friends see it and others get TIMETABLE_NOT_FOUND', () => {
    timetable('friends').assertVisibleTo(stranger, true);
    expect(codeOf(() => timetable('friends').assertVisibleTo(stranger, false))).to.equal(
      'TIMETABLE_NOT_FOUND',
    );
  });

  it('given a private timetable, then even friends get TIMETABLE_NOT_FOUND', () => {
    expect(codeOf(() => timetable('private').assertVisibleTo(stranger, true))).to.equal(
      'TIMETABLE_NOT_FOUND',
    );
  });
});

describe('PrimaryPolicy and totalCredits', () => {
  it('given no timetable of the semester yet, then the new one is first (primary)', () => {
    expect(PrimaryPolicy.isFirst([])).to.equal(true);
    expect(PrimaryPolicy.isFirst([timetable()])).to.equal(false);
  });

  it('given the primary deleted, then the oldest remaining one (createdAt, then id) takes over; none left, none', () => {
    const base = timetable().snapshot();
    const older = { ...base, id: TimetableId('z'), createdAt: new Date('2026-01-01') };
    const newer = { ...base, id: TimetableId('a'), createdAt: new Date('2026-02-01') };
    const twin = { ...base, id: TimetableId('y'), createdAt: new Date('2026-01-01') };
    expect(PrimaryPolicy.successor([newer, older])?.id).to.equal('z');
    expect(PrimaryPolicy.successor([newer, older, twin])?.id).to.equal('y');
    expect(PrimaryPolicy.successor([])).to.equal(null);
  });

  it('given courses, then totalCredits sums their credits', () => {
    expect(totalCredits([])).to.equal(0);
    expect(
      totalCredits([
        course('a', [], { credits: 3 }),
        course('b', [], { credits: 0 }),
        course('c', [], { credits: 2 }),
      ]),
    ).to.equal(5);
  });
});
