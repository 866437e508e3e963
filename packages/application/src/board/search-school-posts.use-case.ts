import {
  checkPageRequest,
  SchoolId,
  SearchTerm,
  assertBoardMember,
  isAdmin,
  type Actor,
  type PageRequest,
  type PostQueries,
  type SchoolRepository,
} from '@campus/domain';
import { assertSchoolScope } from '../identity/school-scope.js';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface SearchSchoolPostsInput {
  actor: Actor;
  schoolId: string;
  q: string;
  page: PageRequest;
}

export class SearchSchoolPosts {
  constructor(
    private readonly queries: PostQueries,
    private readonly schools: SchoolRepository,
  ) {}

  /** @throws ValidationFailed (q), SchoolNotFound, NotSchoolMember */
  async execute({ actor, schoolId, q, page }: SearchSchoolPostsInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const term = SearchTerm.parse(q);
    await assertSchoolScope(actor, SchoolId(schoolId), this.schools, assertBoardMember);
    const filter = { schoolId: SchoolId(schoolId), q: term, includeHidden: isAdmin(actor) };
    return toSummaryPage(await this.queries.searchSchoolPosts(filter, page));
  }
}
