import { checkPageRequest, type Actor, type BlockRepository, type PageRequest } from '@campus/domain';
import type { PageDto } from '../board/board.dto.js';
import { toBlockDto, type BlockDto } from './blocking.dto.js';

export interface ListMyBlocksInput {
  actor: Actor;
  page: PageRequest;
}

export class ListMyBlocks {
  constructor(private readonly blocks: BlockRepository) {}

  /** The actor's blocks, newest first, each by its label alone. @throws ValidationFailed (page) */
  async execute({ actor, page }: ListMyBlocksInput): Promise<PageDto<BlockDto>> {
    checkPageRequest(page);
    const found = await this.blocks.listByBlocker(actor.id, page);
    return { items: found.items.map(toBlockDto), next: found.next };
  }
}
