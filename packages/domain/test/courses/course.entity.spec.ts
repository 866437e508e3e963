import { expect } from 'chai';
import {
  Course,
  CourseId,
  Review,
  ReviewId,
  SchoolId,
  UserId,
  assertCourseSchoolMember,
  isDomainError,
  type Actor,
  type NewCourse,
} from '../../src/index.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-03T09:00:00.000Z');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return error.code;
  }
  throw new Error('expected a domain error');
}

const newCourse = (overrides: Partial<NewCourse> = {}): NewCourse => ({
  id: CourseId('c1'),
  schoolId: SchoolId('s1'),
  semester: '2026-1',
  code: ' CS101 ',
  name: ' Intro ',
  professor: ' Ada ',
  credits: 3,
  times: [{ day: 'MON', start: '09:00', end: '10:30' }],
  ...overrides,
});

describe('Course', () => {
  it('given valid input, when created, then texts are trimmed, counters start at zero and there is no average', () => {
    const course = Course.create(newCourse(), NOW);
    expect(course.snapshot()).to.deep.equal({
      id: 'c1',
      schoolId: 's1',
      semester: '2026-1',
      code: 'CS101',
      name: 'Intro',
      professor: 'Ada',
      credits: 3,
      times: [{ day: 'MON', start: '09:00', end: '10:30' }],
      ratingSum: 0,
      reviewCount: 0,
      createdAt: NOW,
    });
    expect(course.averageRating).to.equal(null);
  });

  it('given a bad semester, credits, meeting or empty text, then VALIDATION_FAILED', () => {
    expect(codeOf(() => Course.create(newCourse({ semester: '2026-3' }), NOW))).to.equal('VALIDATION_FAILED');
    expect(codeOf(() => Course.create(newCourse({ credits: 10 }), NOW))).to.equal('VALIDATION_FAILED');
    expect(codeOf(() => Course.create(newCourse({ name: '  ' }), NOW))).to.equal('VALIDATION_FAILED');
    expect(
      codeOf(() => Course.create(newCourse({ times: [{ day: 'MON', start: '10:00', end: '09:00' }] }), NOW)),
    ).to.equal('VALIDATION_FAILED');
  });

  it('given stored counters, then the average comes from them, rounded to one decimal', () => {
    const course = Course.rehydrate({
      ...Course.create(newCourse(), NOW).snapshot(),
      ratingSum: 13,
      reviewCount: 3,
    });
    expect(course.averageRating).to.equal(4.3);
    expect(course.reviewCount).to.equal(3);
  });

  it('given a course, when its times are read and changed, then the course is not', () => {
    const course = Course.create(newCourse(), NOW);
    course.times[0]!.start = '00:00';
    course.snapshot().times[0]!.start = '00:00';
    expect(course.times[0]!.start).to.equal('09:00');
  });
});

describe('Review', () => {
  const review = () =>
    Review.create(
      { id: ReviewId('r1'), courseId: CourseId('c1'), authorId: UserId('ann'), rating: 4, content: ' good ' },
      NOW,
    );

  it('given valid input, when created, then content is trimmed and both times are now', () => {
    expect(review().snapshot()).to.deep.equal({
      id: 'r1',
      courseId: 'c1',
      authorId: 'ann',
      rating: 4,
      content: 'good',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('given a rating out of 1–5 or content out of 1–2000 characters, then VALIDATION_FAILED', () => {
    const input = { id: ReviewId('r'), courseId: CourseId('c'), authorId: UserId('a') };
    expect(codeOf(() => Review.create({ ...input, rating: 0, content: 'x' }, NOW))).to.equal(
      'VALIDATION_FAILED',
    );
    expect(codeOf(() => Review.create({ ...input, rating: 3, content: ' ' }, NOW))).to.equal(
      'VALIDATION_FAILED',
    );
    expect(codeOf(() => Review.create({ ...input, rating: 3, content: 'x'.repeat(2001) }, NOW))).to.equal(
      'VALIDATION_FAILED',
    );
    expect(Review.create({ ...input, rating: 3, content: '가'.repeat(2000) }, NOW).content).to.have.length(
      2000,
    );
  });

  it('given someone else, when they would change it, then NOT_AUTHOR (forbidden)', () => {
    try {
      review().assertAuthor(UserId('bob'));
      expect.fail('expected NOT_AUTHOR');
    } catch (error) {
      expect(error).to.include({ code: 'NOT_AUTHOR', kind: 'forbidden' });
    }
    review().assertAuthor(UserId('ann'));
  });

  it('given an edit of some fields, then only those change and updatedAt moves', () => {
    const r = review();
    r.edit({ rating: 2 }, LATER);
    expect(r.snapshot()).to.include({ rating: 2, content: 'good', createdAt: NOW, updatedAt: LATER });
    r.edit({ content: 'meh' }, LATER);
    expect(r.snapshot()).to.include({ rating: 2, content: 'meh' });
    expect(codeOf(() => r.edit({ rating: 6 }, LATER))).to.equal('VALIDATION_FAILED');
  });
});

describe('assertCourseSchoolMember', () => {
  const actor = (role: 'user' | 'admin', schoolId: string | null): Actor => ({
    id: UserId('u'),
    role,
    schoolId: schoolId === null ? null : SchoolId(schoolId),
  });

  it('given a member of the school or an admin, then it passes', () => {
    assertCourseSchoolMember(actor('user', 's1'), SchoolId('s1'));
    assertCourseSchoolMember(actor('admin', null), SchoolId('s1'));
  });

  it('given anyone else, then NOT_SCHOOL_MEMBER (forbidden)', () => {
    try {
      assertCourseSchoolMember(actor('user', 's2'), SchoolId('s1'));
      expect.fail('expected NOT_SCHOOL_MEMBER');
    } catch (error) {
      expect(error).to.include({ code: 'NOT_SCHOOL_MEMBER', kind: 'forbidden' });
    }
  });
});
