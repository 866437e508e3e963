import { checkPageRequest, isAdmin, type Actor, type PageRequest, type PostQueries } from '@campus/domain';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface ListMyPostsInput {
  actor: Actor;
  page: PageRequest;
}

export class ListMyPosts {
  constructor(private readonly queries: PostQueries) {}

  /** The actor's own posts, anonymous ones included, newest first. */
  async execute({ actor, page }: ListMyPostsInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const filter = { userId: actor.id, includeHidden: isAdmin(actor) };
    return toSummaryPage(await this.queries.listPostsByAuthor(filter, page));
  }
}
