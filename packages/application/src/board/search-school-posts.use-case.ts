import {
  checkPageRequest,
  SchoolId,
  SearchTerm,
  assertBoardMember,
  isAdmin,
  type Actor,
  type PageRequest,
  type BlockRepository,
  type PostQueries,
  type SchoolRepository,
} from '@campus/domain';
import { assertSchoolScope } from '../identity/school-scope.js';
import { viewerBlocks } from '../blocking/viewer-blocks.js';
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
    private readonly blocks: BlockRepository,
  ) {}

  /** @throws ValidationFailed (q), SchoolNotFound, NotSchoolMember */
  async execute({ actor, schoolId, q, page }: SearchSchoolPostsInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const term = SearchTerm.parse(q);
    await assertSchoolScope(actor, SchoolId(schoolId), this.schools, assertBoardMember);
    const filter = { schoolId: SchoolId(schoolId), q: term, includeHidden: isAdmin(actor) };
    const [found, blocks] = await Promise.all([
      this.queries.searchSchoolPosts(filter, page),
      viewerBlocks(this.blocks, actor),
    ]);
    return toSummaryPage(found, blocks);
  }
}
