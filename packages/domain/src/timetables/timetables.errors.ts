import { DomainError } from '../shared/errors.js';

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

/** Names every clashing course in `details`, one entry each. */
export class TimetableConflict extends DomainError {
  readonly code = 'TIMETABLE_CONFLICT';
  readonly kind = 'conflict';
  constructor(readonly clashingCourseIds: readonly string[]) {
    super(
      'The course clashes with courses already in the timetable.',
      clashingCourseIds.map((id) => ({ path: 'courseId', message: id })),
    );
  }
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
