import { checkPageRequest, isAdmin, type Actor, type PageRequest, type PostQueries } from '@campus/domain';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface ListMyScrapsInput {
  actor: Actor;
  page: PageRequest;
}

export class ListMyScraps {
  constructor(private readonly queries: PostQueries) {}

  /** Posts the actor scrapped, most recently scrapped first (keyset value: scrap time). */
  async execute({ actor, page }: ListMyScrapsInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const filter = { userId: actor.id, includeHidden: isAdmin(actor) };
    return toSummaryPage(await this.queries.listPostsScrappedBy(filter, page));
  }
}
