import { DomainError } from '../shared/errors.js';

export class CannotMessageSelf extends DomainError {
  readonly code = 'CANNOT_MESSAGE_SELF';
  readonly kind = 'validation';
  constructor() {
    super('You cannot send a message to yourself.');
  }
}

/** Also what a conversation of others is: a member sees only their own. */
export class ConversationNotFound extends DomainError {
  readonly code = 'CONVERSATION_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such conversation.');
  }
}

/** Also what a message of someone else's conversation is. */
export class MessageNotFound extends DomainError {
  readonly code = 'MESSAGE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such message.');
  }
}

/** A conversation closed for good (one side's account is gone): it can be read, not written to. */
export class ConversationClosed extends DomainError {
  readonly code = 'CONVERSATION_CLOSED';
  readonly kind = 'conflict';
  constructor() {
    super('This conversation is closed.');
  }
}

/** A block between the two, or of the content the conversation is about. Says nothing of who. */
export class MessagingBlocked extends DomainError {
  readonly code = 'BLOCKED';
  readonly kind = 'forbidden';
  constructor() {
    super('You cannot send messages here.');
  }
}
