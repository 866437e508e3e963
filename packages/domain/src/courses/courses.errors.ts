import { DomainError } from '../shared/errors.js';

export class CourseNotFound extends DomainError {
  readonly code = 'COURSE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such course.');
  }
}

export class CourseExists extends DomainError {
  readonly code = 'COURSE_EXISTS';
  readonly kind = 'conflict';
  constructor() {
    super('This school already has a course with that code in that semester.');
  }
}

export class AlreadyReviewed extends DomainError {
  readonly code = 'ALREADY_REVIEWED';
  readonly kind = 'conflict';
  constructor() {
    super('You have already reviewed this course.');
  }
}

export class ReviewNotFound extends DomainError {
  readonly code = 'REVIEW_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such review.');
  }
}

/** Same code as the board's NotAuthor; a class of its own so each feature stays self-contained. */
export class NotReviewAuthor extends DomainError {
  readonly code = 'NOT_AUTHOR';
  readonly kind = 'forbidden';
  constructor() {
    super('Only the author can change this review.');
  }
}

/** Same code as the board's NotSchoolMember; a class of its own so courses do not lean on the board. */
export class NotCourseSchoolMember extends DomainError {
  readonly code = 'NOT_SCHOOL_MEMBER';
  readonly kind = 'forbidden';
  constructor() {
    super('Only members of this school can do this with its courses.');
  }
}
