import { checkPageRequest, type Actor, type ConversationRepository, type PageRequest } from '@campus/domain';
import type { PageDto } from '../board/board.dto.js';
import { toListedDto, type ConversationDto } from './messages.dto.js';

export interface ListConversationsInput {
  actor: Actor;
  page: PageRequest;
}

export class ListConversations {
  constructor(private readonly conversations: ConversationRepository) {}

  /** My conversations, most recent message first, without those I deleted since their last message. */
  async execute({ actor, page }: ListConversationsInput): Promise<PageDto<ConversationDto>> {
    checkPageRequest(page);
    const listed = await this.conversations.listFor(actor.id, page);
    return { items: listed.items.map(toListedDto), next: listed.next };
  }
}
