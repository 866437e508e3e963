import { ConversationId, ConversationNotFound, type ConversationRepository } from '@campus/domain';
import type { ConversationInput } from './mark-conversation-read.use-case.js';

export class DeleteConversation {
  constructor(private readonly conversations: ConversationRepository) {}

  /**
   * Takes it out of my list until a new message arrives in it; the other side keeps theirs.
   * @throws ConversationNotFound
   */
  async execute({ actor, conversationId }: ConversationInput): Promise<void> {
    if (!(await this.conversations.hide(ConversationId(conversationId), actor.id)))
      throw new ConversationNotFound();
  }
}
