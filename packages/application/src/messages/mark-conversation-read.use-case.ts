import {
  ConversationId,
  ConversationNotFound,
  type Actor,
  type ConversationRepository,
} from '@campus/domain';

export interface ConversationInput {
  actor: Actor;
  conversationId: string;
}

export class MarkConversationRead {
  constructor(private readonly conversations: ConversationRepository) {}

  /** Everything in it up to now is read. @throws ConversationNotFound */
  async execute({ actor, conversationId }: ConversationInput): Promise<void> {
    if (!(await this.conversations.markRead(ConversationId(conversationId), actor.id)))
      throw new ConversationNotFound();
  }
}
