import type { AccountErasure } from '../account-deletion/account-deletion.ports.js';
import type { ReportReason } from '../board/board.values.js';
import type { Keyset, Page, PageRequest } from '../shared/pagination.js';
import type { PostId, UserId } from '../shared/ids.js';
import { token, type Token } from '../shared/token.js';
import type { Conversation, ConversationAbout, ConversationSubject } from './conversation.entity.js';
import type { Message } from './message.entity.js';
import type { ConversationId, MessageId } from './messages.ids.js';

/** The other side of a listed conversation: its account only when it is named. */
export interface ListedPeer {
  isAnonymous: boolean;
  /** The label the member saw, for an anonymous side; null for a named one. */
  label: string | null;
  /** Null for an anonymous side: adapters never read the account behind one. */
  user: { id: UserId; username: string; nickname: string } | null;
}

/** A conversation in a member's list, as that member sees it. */
export interface ListedConversation {
  id: ConversationId;
  peer: ListedPeer;
  about: ConversationAbout | null;
  lastMessage: { content: string; sentAt: Date; isMine: boolean } | null;
  unreadCount: number;
  createdAt: Date;
  /** When it last had a message: the list's order (newest first, then id). */
  listedAt: Date;
}

export const listedKey = (c: ListedConversation): Keyset => ({ value: c.listedAt.getTime(), id: c.id });
export const messageKey = (m: Message): Keyset => ({ value: m.sentAt.getTime(), id: m.id });

/**
 * Conversations, their members' state (unread count, whether it is in their list) and messages.
 * A unique index on the open key decides which conversation two members share.
 */
export interface ConversationRepository {
  /**
   * Stores the conversation unless one is open under its `openKey`, and answers the open one:
   * this one, or the one that was there (also when a concurrent open won the race). Each side
   * with an account gets its member's state; a side without one (the id anonymous content is kept
   * under once its author deleted their account, ADR 18) gets none: nobody reads or lists it.
   */
  open(conversation: Conversation): Promise<Conversation>;
  findById(id: ConversationId): Promise<Conversation | null>;
  /**
   * Adds the message and, together: makes it the conversation's last message, puts the
   * conversation back in its members' lists, counts it unread for the other member, and marks
   * everything read for its sender (who has seen the conversation to write in it). Judged under
   * the conversation's write lock: one closed meanwhile (its other member's account deleted)
   * takes nothing. @throws ConversationClosed
   */
  addMessage(message: Message): Promise<void>;
  /** Everything read for the member; false when they are not in it. */
  markRead(id: ConversationId, userId: UserId): Promise<boolean>;
  /** Out of the member's list until its next message; false when they are not in it. */
  hide(id: ConversationId, userId: UserId): Promise<boolean>;
  /** The member's listed conversations, most recent message first, by (listedAt, id). One statement. */
  listFor(userId: UserId, page: PageRequest): Promise<Page<ListedConversation>>;
  /** The conversation's messages, newest first, by (sentAt, id). One statement. */
  listMessages(id: ConversationId, page: PageRequest): Promise<Page<Message>>;
  findMessage(id: MessageId): Promise<Message | null>;
}
export const CONVERSATION_REPOSITORY: Token<ConversationRepository> = token('ConversationRepository');

/**
 * The messages' step of deleting an account (ADR 18): each of its conversations closes (never
 * reused, never written to) and stays with the other member, the deleted side re-keyed in it (its
 * side and its messages) to one random id of that conversation's own; its own state (read marks,
 * its list) goes; its reports of messages stay, each under an id of its own. A closed conversation
 * keeps no time of the deletion: `closedAt` is its last message's time (or its start's), so two
 * conversations of one deleted account cannot be told apart from others by when they closed.
 */
export const MESSAGES_ERASURE: Token<AccountErasure> = token('MessagesErasure');

export interface MessageReportRepository {
  /** Records the report, one per message and member. It hides nothing. @throws AlreadyReported */
  add(messageId: MessageId, userId: UserId, reason: ReportReason, at: Date): Promise<void>;
}
export const MESSAGE_REPORT_REPOSITORY: Token<MessageReportRepository> = token('MessageReportRepository');

/** What a send is judged on: who writes to whom, in a conversation about what. */
export interface MessageAttempt {
  senderId: UserId;
  recipientId: UserId;
  subject: ConversationSubject;
  /** Whether each side is anonymous in the conversation. */
  senderIsAnonymous: boolean;
  recipientIsAnonymous: boolean;
  /** The post the conversation is about (its subject's, or the commented one's). */
  aboutPostId: PostId | null;
}

/**
 * May `senderId` message `recipientId` about `subject` now? Asked before every message, the first
 * one of a conversation and every later one alike. Blocks answer it (a block of either member by
 * username, or of the content the conversation is about); a refusal is `403 BLOCKED`, the same
 * whichever side blocked.
 */
export interface MessagingGate {
  allows(attempt: MessageAttempt): Promise<boolean>;
}
export const MESSAGING_GATE: Token<MessagingGate> = token('MessagingGate');
