import {
  SchoolId,
  SearchTerm,
  assertBoardMember,
  isAdmin,
  type Actor,
  type PageRequest,
  type PostQueries,
} from '@campus/domain';
import { toSummaryPage, type PageDto, type PostSummaryDto } from './board.dto.js';

export interface SearchSchoolPostsInput {
  actor: Actor;
  schoolId: string;
  q: string;
  page: PageRequest;
}

export class SearchSchoolPosts {
  constructor(private readonly queries: PostQueries) {}

  /** @throws ValidationFailed (q), NotSchoolMember */
  async execute({ actor, schoolId, q, page }: SearchSchoolPostsInput): Promise<PageDto<PostSummaryDto>> {
    const term = SearchTerm.parse(q);
    assertBoardMember(actor, SchoolId(schoolId));
    const filter = { schoolId: SchoolId(schoolId), q: term, includeHidden: isAdmin(actor) };
    return toSummaryPage(await this.queries.searchSchoolPosts(filter, page));
  }
}
