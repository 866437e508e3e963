import { DomainError } from '../shared/errors.js';

export class CannotBlockSelf extends DomainError {
  readonly code = 'CANNOT_BLOCK_SELF';
  readonly kind = 'validation';
  constructor() {
    super('You cannot block yourself.');
  }
}

/** The same target twice; two anonymous posts of one author are two targets, never this. */
export class AlreadyBlocked extends DomainError {
  readonly code = 'ALREADY_BLOCKED';
  readonly kind = 'conflict';
  constructor() {
    super('You have already blocked this.');
  }
}

export class BlockNotFound extends DomainError {
  readonly code = 'BLOCK_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such block.');
  }
}

/** A friend request or message between two members where one has blocked the other. */
export class Blocked extends DomainError {
  readonly code = 'BLOCKED';
  readonly kind = 'forbidden';
  constructor() {
    super('This is not possible between you and this member.');
  }
}
