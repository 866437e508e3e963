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

export interface ListMyCommentedInput {
  actor: Actor;
  page: PageRequest;
}

export class ListMyCommented {
  constructor(
    private readonly queries: PostQueries,
    private readonly blocks: BlockRepository,
  ) {}

  /** Posts the actor has a live comment on, newest post first. */
  async execute({ actor, page }: ListMyCommentedInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const filter = { userId: actor.id, includeHidden: isAdmin(actor) };
    const [found, blocks] = await Promise.all([
      this.queries.listPostsCommentedBy(filter, page),
      viewerBlocks(this.blocks, actor),
    ]);
    return toSummaryPage(found, blocks);
  }
}
