import { checkPageRequest, isAdmin, type Actor, type PageRequest, type PostQueries } from '@campus/domain';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface ListMyCommentedInput {
  actor: Actor;
  page: PageRequest;
}

export class ListMyCommented {
  constructor(private readonly queries: PostQueries) {}

  /** Posts the actor has a live comment on, newest post first. */
  async execute({ actor, page }: ListMyCommentedInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const filter = { userId: actor.id, includeHidden: isAdmin(actor) };
    return toSummaryPage(await this.queries.listPostsCommentedBy(filter, page));
  }
}
