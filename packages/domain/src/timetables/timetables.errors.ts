import { meetingsClash, type MeetingTime } from '../courses/courses.values.js';
import { DomainError, type ErrorDetail } from '../shared/errors.js';

export class TimetableNotFound extends DomainError {
  readonly code = 'TIMETABLE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such timetable.');
  }
}

export class TimetableNameTaken extends DomainError {
  readonly code = 'TIMETABLE_NAME_TAKEN';
  readonly kind = 'conflict';
  constructor() {
    super('You already have a timetable with that name this semester.');
  }
}

/** What a clashing course is, as far as the message to its owner needs. */
export interface ClashingCourse {
  id: string;
  code: string;
  name: string;
  times: readonly MeetingTime[];
}

/** One clashing course: its id for clients to act on, and a sentence for the person. */
export interface ClashDetail extends ErrorDetail {
  path: 'courseId';
  courseId: string;
}

/**
 * Names the course being added and every course it clashes with (code, name, day and hours on
 * both sides), with one `details` entry per clashing course carrying its id.
 */
export class TimetableConflict extends DomainError {
  readonly code = 'TIMETABLE_CONFLICT';
  readonly kind = 'conflict';
  declare readonly details: readonly ClashDetail[];
  constructor(course: ClashingCourse, clashing: readonly ClashingCourse[]) {
    const details = clashing.map((other): ClashDetail => ({
      path: 'courseId',
      courseId: other.id,
      message: `${label(other)} meets ${hours(overlapping(other, course))}, which overlaps ${hours(overlapping(course, other))} of ${label(course)}.`,
    }));
    const others = clashing.map((other) => `${label(other)} (${hours(overlapping(other, course))})`);
    super(
      `${label(course)} (${hours(overlapping(course, ...clashing))}) clashes with ${list(others)}, already in the timetable.`,
      details,
    );
  }

  get clashingCourseIds(): string[] {
    return this.details.map((detail) => detail.courseId);
  }
}

const label = (course: ClashingCourse) => `${course.code} ${course.name}`;
const hours = (times: readonly MeetingTime[]) => times.map((t) => `${t.day} ${t.start}–${t.end}`).join(', ');
const list = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

/** The meetings of `course` that clash with one of the `others`'. */
function overlapping(course: ClashingCourse, ...others: readonly ClashingCourse[]): MeetingTime[] {
  return course.times.filter((a) => others.some((other) => other.times.some((b) => meetingsClash(a, b))));
}

export class CourseAlreadyAdded extends DomainError {
  readonly code = 'COURSE_ALREADY_ADDED';
  readonly kind = 'conflict';
  constructor() {
    super('The course is already in the timetable.');
  }
}

export class SemesterMismatch extends DomainError {
  readonly code = 'SEMESTER_MISMATCH';
  readonly kind = 'validation';
  constructor() {
    super('The course is not of the timetable’s semester.');
  }
}
