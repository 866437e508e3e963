import {
  checkPageRequest,
  SchoolId,
  assertBoardMember,
  isAdmin,
  type Actor,
  type PageRequest,
  type PostQueries,
  type SchoolRepository,
} from '@campus/domain';
import { assertSchoolScope } from '../identity/school-scope.js';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface ListHotPostsInput {
  actor: Actor;
  schoolId: string;
  page: PageRequest;
}

export class ListHotPosts {
  constructor(
    private readonly queries: PostQueries,
    private readonly schools: SchoolRepository,
  ) {}

  /**
   * Most recently HOT first; the page's keyset value is hotAt.
   * @throws SchoolNotFound, NotSchoolMember
   */
  async execute({ actor, schoolId, page }: ListHotPostsInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    await assertSchoolScope(actor, SchoolId(schoolId), this.schools, assertBoardMember);
    const filter = { schoolId: SchoolId(schoolId), includeHidden: isAdmin(actor) };
    return toSummaryPage(await this.queries.listHotPosts(filter, page));
  }
}
