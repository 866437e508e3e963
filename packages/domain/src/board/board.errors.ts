import { DomainError } from '../shared/errors.js';

export class BoardNotFound extends DomainError {
  readonly code = 'BOARD_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such board.');
  }
}

/** Also thrown for deleted posts, and for hidden ones to everyone but admins. */
export class PostNotFound extends DomainError {
  readonly code = 'POST_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such post.');
  }
}

export class CommentNotFound extends DomainError {
  readonly code = 'COMMENT_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such comment.');
  }
}

export class NotSchoolMember extends DomainError {
  readonly code = 'NOT_SCHOOL_MEMBER';
  readonly kind = 'forbidden';
  constructor() {
    super('Only members of this school can use its boards.');
  }
}

export class NotAuthor extends DomainError {
  readonly code = 'NOT_AUTHOR';
  readonly kind = 'forbidden';
  constructor() {
    super('Only the author can do this.');
  }
}

export class QuestionLocked extends DomainError {
  readonly code = 'QUESTION_LOCKED';
  readonly kind = 'conflict';
  constructor() {
    super('Someone else has commented on this question, so it can no longer be edited or deleted.');
  }
}

export class CannotLikeOwn extends DomainError {
  readonly code = 'CANNOT_LIKE_OWN';
  readonly kind = 'forbidden';
  constructor() {
    super('You cannot like your own post or comment.');
  }
}

export class AlreadyLiked extends DomainError {
  readonly code = 'ALREADY_LIKED';
  readonly kind = 'conflict';
  constructor() {
    super('You already liked this.');
  }
}

export class CannotScrapOwn extends DomainError {
  readonly code = 'CANNOT_SCRAP_OWN';
  readonly kind = 'forbidden';
  constructor() {
    super('You cannot scrap your own post.');
  }
}

export class CannotReportOwn extends DomainError {
  readonly code = 'CANNOT_REPORT_OWN';
  readonly kind = 'forbidden';
  constructor() {
    super('You cannot report your own post or comment.');
  }
}

export class AlreadyReported extends DomainError {
  readonly code = 'ALREADY_REPORTED';
  readonly kind = 'conflict';
  constructor() {
    super('You already reported this.');
  }
}

export class InvalidParent extends DomainError {
  readonly code = 'INVALID_PARENT';
  readonly kind = 'validation';
  constructor() {
    super('A reply must answer a live top-level comment of the same post.', [
      { path: 'parentId', message: 'Not a live top-level comment of this post.' },
    ]);
  }
}

export class BoardExists extends DomainError {
  readonly code = 'BOARD_EXISTS';
  readonly kind = 'conflict';
  constructor() {
    super('This school already has a board with that name.');
  }
}
