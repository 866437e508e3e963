import {
  Message,
  MessageId,
  type Actor,
  type Clock,
  type ConversationRepository,
  type IdGenerator,
  type MessagingGate,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { notifyOfMessage } from '../notifications/message-notifications.js';
import type { Notifier } from '../notifications/notifier.js';
import { assertMayMessage, findOwnConversation } from './messages-lookups.js';
import { toMessageDto, type MessageDto } from './messages.dto.js';

export interface ReplyInConversationInput {
  actor: Actor;
  conversationId: string;
  content: string;
}

export class ReplyInConversation {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly conversations: ConversationRepository,
    private readonly gate: MessagingGate,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
    private readonly users: UserRepository,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Writes in one of my conversations, as the side I am in it (anonymous or named as it began).
   * @throws TooFast, ValidationFailed, ConversationNotFound, ConversationClosed, MessagingBlocked
   */
  execute(input: ReplyInConversationInput): Promise<MessageDto> {
    return this.guard.run(input.actor.id, 'message', () => this.write(input));
  }

  private async write({ actor, conversationId, content }: ReplyInConversationInput): Promise<MessageDto> {
    const conversation = await findOwnConversation(this.conversations, actor, conversationId);
    conversation.assertOpen();
    const message = Message.create(
      { id: MessageId(this.ids.next()), conversationId: conversation.id, senderId: actor.id, content },
      this.clock.now(),
    );
    await assertMayMessage(this.gate, actor.id, conversation);
    // The other side's notification joins this unit: no message without it, nor the other way.
    await this.uow.run(async () => {
      await this.conversations.addMessage(message);
      await notifyOfMessage(this.notifier, this.users, conversation, actor.id);
    });
    return toMessageDto(message, actor.id);
  }
}
