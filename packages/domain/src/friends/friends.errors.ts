import { DomainError } from '../shared/errors.js';

export class FriendRequestNotFound extends DomainError {
  readonly code = 'FRIEND_REQUEST_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such friend request.');
  }
}

export class CannotFriendSelf extends DomainError {
  readonly code = 'CANNOT_FRIEND_SELF';
  readonly kind = 'validation';
  constructor() {
    super('You cannot send a friend request to yourself.');
  }
}

export class AlreadyFriends extends DomainError {
  readonly code = 'ALREADY_FRIENDS';
  readonly kind = 'conflict';
  constructor() {
    super('You are already friends.');
  }
}

export class FriendRequestExists extends DomainError {
  readonly code = 'FRIEND_REQUEST_EXISTS';
  readonly kind = 'conflict';
  constructor() {
    super('A friend request between you is already pending.');
  }
}

export class NotFriends extends DomainError {
  readonly code = 'NOT_FRIENDS';
  readonly kind = 'not_found';
  constructor() {
    super('You are not friends with this user.');
  }
}
