import {
  SchoolId,
  assertBoardMember,
  isAdmin,
  type Actor,
  type PageRequest,
  type PostQueries,
} from '@campus/domain';
import { toSummaryPage, type PageDto, type PostSummaryDto } from './board.dto.js';

export interface ListHotPostsInput {
  actor: Actor;
  schoolId: string;
  page: PageRequest;
}

export class ListHotPosts {
  constructor(private readonly queries: PostQueries) {}

  /** Most recently HOT first; the page's keyset value is hotAt. @throws NotSchoolMember */
  async execute({ actor, schoolId, page }: ListHotPostsInput): Promise<PageDto<PostSummaryDto>> {
    assertBoardMember(actor, SchoolId(schoolId));
    const filter = { schoolId: SchoolId(schoolId), includeHidden: isAdmin(actor) };
    return toSummaryPage(await this.queries.listHotPosts(filter, page));
  }
}
