import {
  checkPageRequest,
  SchoolId,
  Season,
  assertBoardMember,
  isAdmin,
  type Actor,
  type BlockRepository,
  type BoardSettings,
  type Clock,
  type PageRequest,
  type PostQueries,
  type SchoolRepository,
} from '@campus/domain';
import { assertSchoolScope } from '../identity/school-scope.js';
import { viewerBlocks } from '../blocking/viewer-blocks.js';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface ListBestPostsInput {
  actor: Actor;
  schoolId: string;
  /** `YYYY-1` or `YYYY-2`; the current season when absent. */
  season?: string | undefined;
  page: PageRequest;
}

export interface ListBestPostsOutput extends SummaryPageDto {
  /** The season listed, e.g. `2025-1`. */
  season: string;
}

export class ListBestPosts {
  constructor(
    private readonly queries: PostQueries,
    private readonly settings: BoardSettings,
    private readonly clock: Clock,
    private readonly schools: SchoolRepository,
    private readonly blocks: BlockRepository,
  ) {}

  /**
   * Most liked first; the page's keyset value is likeCount.
   * @throws ValidationFailed (season), SchoolNotFound, NotSchoolMember
   */
  async execute({ actor, schoolId, season, page }: ListBestPostsInput): Promise<ListBestPostsOutput> {
    checkPageRequest(page);
    const listed = season === undefined ? Season.of(this.clock.now()) : Season.parse(season);
    await assertSchoolScope(actor, SchoolId(schoolId), this.schools, assertBoardMember);
    const filter = {
      schoolId: SchoolId(schoolId),
      from: listed.start,
      to: listed.end,
      minLikeCount: this.settings.bestThreshold,
      includeHidden: isAdmin(actor),
    };
    const [found, blocks] = await Promise.all([
      this.queries.listBestPosts(filter, page),
      viewerBlocks(this.blocks, actor),
    ]);
    return { ...toSummaryPage(found, blocks), season: listed.toString() };
  }
}
