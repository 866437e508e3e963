import type { CommentId, PostId, UserId } from '../shared/ids.js';
import { CannotMessageSelf, ConversationClosed } from './messages.errors.js';
import type { ConversationId } from './messages.ids.js';

/** What a conversation was started from: a username, or a post or comment (to its author). */
export type ConversationSubject =
  { kind: 'user' } | { kind: 'post'; postId: PostId } | { kind: 'comment'; commentId: CommentId };

/**
 * One side of a conversation as the other side sees it. An anonymous side carries the label the
 * other saw (`익명`, `익명3`, `익명(글쓴이)`) and is never shown with its account; a named side
 * carries no label: it is shown by its account's current nickname.
 */
export interface ConversationSide {
  userId: UserId;
  isAnonymous: boolean;
  label: string | null;
}

/** The post a conversation is about, as its starter saw it then. */
export interface ConversationAbout {
  postId: PostId;
  title: string;
}

export interface ConversationState {
  id: ConversationId;
  subject: ConversationSubject;
  starter: ConversationSide;
  recipient: ConversationSide;
  about: ConversationAbout | null;
  createdAt: Date;
  closedAt: Date | null;
}

/** A side as given: anonymous sides keep their label, named ones drop it. */
function side(input: ConversationSide): ConversationSide {
  return {
    userId: input.userId,
    isAnonymous: input.isAnonymous,
    label: input.isAnonymous ? input.label : null,
  };
}

/**
 * A conversation between two members. Both use one id; each sees the other as a side. The
 * recipient of one about anonymous content whose author deleted their account is the id that
 * content is kept under (ADR 18), which no account has: its messages reach no one. At most one
 * conversation is open per `openKey`: the same two, about the same thing, each side as anonymous
 * or named as it was. Anonymity is in the key so that a side never turns from anonymous to named
 * (or back) within one conversation, which would tie the two together.
 */
export class Conversation {
  private constructor(private readonly state: ConversationState) {}

  /** @throws CannotMessageSelf */
  static start(input: Omit<ConversationState, 'createdAt' | 'closedAt'>, now: Date): Conversation {
    if (input.starter.userId === input.recipient.userId) throw new CannotMessageSelf();
    return new Conversation({
      ...input,
      starter: side(input.starter),
      recipient: side(input.recipient),
      createdAt: now,
      closedAt: null,
    });
  }

  static rehydrate(state: ConversationState): Conversation {
    return new Conversation({ ...state, starter: { ...state.starter }, recipient: { ...state.recipient } });
  }

  get id(): ConversationId {
    return this.state.id;
  }
  get subject(): ConversationSubject {
    return this.state.subject;
  }
  get about(): ConversationAbout | null {
    return this.state.about;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }
  get isClosed(): boolean {
    return this.state.closedAt !== null;
  }

  /** The key of the open conversation: who, about what, and each side's anonymity. */
  get openKey(): string {
    return conversationKey(this.state.subject, this.state.starter, this.state.recipient);
  }

  hasMember(userId: UserId): boolean {
    return this.state.starter.userId === userId || this.state.recipient.userId === userId;
  }

  /** The other side, as `userId` sees it; null when `userId` is not in it. */
  peerOf(userId: UserId): ConversationSide | null {
    if (this.state.starter.userId === userId) return { ...this.state.recipient };
    if (this.state.recipient.userId === userId) return { ...this.state.starter };
    return null;
  }

  /** @throws ConversationClosed */
  assertOpen(): void {
    if (this.isClosed) throw new ConversationClosed();
  }

  snapshot(): ConversationState {
    return Conversation.rehydrate(this.state).state;
  }
}

/**
 * The unique key of an open conversation. A username conversation is the same whichever of the two
 * started it (its sides sorted); one about content has its author as the recipient, so the starter
 * and the content name it. Kept in the store only; never shown.
 */
export function conversationKey(
  subject: ConversationSubject,
  starter: ConversationSide,
  recipient: ConversationSide,
): string {
  const tag = (s: ConversationSide) => `${s.userId}:${s.isAnonymous ? 'a' : 'n'}`;
  if (subject.kind === 'user') return `user|${[tag(starter), tag(recipient)].sort().join('|')}`;
  const about = subject.kind === 'post' ? `post:${subject.postId}` : `comment:${subject.commentId}`;
  return `${about}|${tag(starter)}`;
}
