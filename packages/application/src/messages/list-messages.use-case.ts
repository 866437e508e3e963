import { checkPageRequest, type Actor, type ConversationRepository, type PageRequest } from '@campus/domain';
import type { PageDto } from '../board/board.dto.js';
import { findOwnConversation } from './messages-lookups.js';
import { toMessagePage, type MessageDto } from './messages.dto.js';

export interface ListMessagesInput {
  actor: Actor;
  conversationId: string;
  page: PageRequest;
}

export class ListMessages {
  constructor(private readonly conversations: ConversationRepository) {}

  /** The messages of one of my conversations, newest first. @throws ConversationNotFound */
  async execute({ actor, conversationId, page }: ListMessagesInput): Promise<PageDto<MessageDto>> {
    checkPageRequest(page);
    const conversation = await findOwnConversation(this.conversations, actor, conversationId);
    return toMessagePage(await this.conversations.listMessages(conversation.id, page), actor.id);
  }
}
