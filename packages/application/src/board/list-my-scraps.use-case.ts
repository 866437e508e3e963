import {
  checkPageRequest,
  isAdmin,
  type Actor,
  type BlockRepository,
  type PageRequest,
  type PostQueries,
} from '@campus/domain';
import { viewerBlocks } from '../blocking/viewer-blocks.js';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface ListMyScrapsInput {
  actor: Actor;
  page: PageRequest;
}

export class ListMyScraps {
  constructor(
    private readonly queries: PostQueries,
    private readonly blocks: BlockRepository,
  ) {}

  /** Posts the actor scrapped, most recently scrapped first (keyset value: scrap time). */
  async execute({ actor, page }: ListMyScrapsInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const filter = { userId: actor.id, includeHidden: isAdmin(actor) };
    const [found, blocks] = await Promise.all([
      this.queries.listPostsScrappedBy(filter, page),
      viewerBlocks(this.blocks, actor),
    ]);
    return toSummaryPage(found, blocks);
  }
}
