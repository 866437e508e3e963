import type { Actor } from '../identity/actor.js';
import { ValidationFailed } from '../shared/errors.js';
import type { UserId } from '../shared/ids.js';
import { CannotReportOwn } from '../board/board.errors.js';
import type { ConversationId, MessageId } from './messages.ids.js';

export const MESSAGE_MAX_LENGTH = 1000;

/** 1 to 1000 characters (code points, as the databases count them) once its ends are trimmed. */
export const MessageContent = {
  parse(value: string): string {
    const trimmed = value.trim();
    const n = [...trimmed].length;
    if (n < 1 || n > MESSAGE_MAX_LENGTH)
      throw new ValidationFailed('content', `Use 1 to ${MESSAGE_MAX_LENGTH} characters.`);
    return trimmed;
  },
};

export interface MessageState {
  id: MessageId;
  conversationId: ConversationId;
  senderId: UserId;
  content: string;
  sentAt: Date;
}

/** One message of a conversation. Messages are never edited; reports of them hide nothing. */
export class Message {
  private constructor(private readonly state: MessageState) {}

  /** @throws ValidationFailed (content) */
  static create(input: Omit<MessageState, 'sentAt'>, now: Date): Message {
    return new Message({ ...input, content: MessageContent.parse(input.content), sentAt: now });
  }

  static rehydrate(state: MessageState): Message {
    return new Message({ ...state });
  }

  get id(): MessageId {
    return this.state.id;
  }
  get conversationId(): ConversationId {
    return this.state.conversationId;
  }
  get senderId(): UserId {
    return this.state.senderId;
  }
  get content(): string {
    return this.state.content;
  }
  get sentAt(): Date {
    return this.state.sentAt;
  }

  isSentBy(userId: UserId): boolean {
    return this.state.senderId === userId;
  }

  /** Only the other side reports a message; never its sender. @throws CannotReportOwn */
  assertReportableBy(actor: Actor): void {
    if (this.isSentBy(actor.id)) throw new CannotReportOwn();
  }

  snapshot(): MessageState {
    return { ...this.state };
  }
}
