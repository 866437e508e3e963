import {
  checkPageRequest,
  BoardId,
  BoardNotFound,
  SearchTerm,
  assertBoardMember,
  isAdmin,
  type Actor,
  type BlockRepository,
  type BoardRepository,
  type PageRequest,
  type PostQueries,
} from '@campus/domain';
import { viewerBlocks } from '../blocking/viewer-blocks.js';
import { toSummaryPage, type SummaryPageDto } from './board.dto.js';

export interface ListBoardPostsInput {
  actor: Actor;
  boardId: string;
  /** 2–50 characters, matched literally and case-insensitively in title or content. */
  q?: string | undefined;
  isQuestion?: boolean | undefined;
  page: PageRequest;
}

export class ListBoardPosts {
  constructor(
    private readonly boards: BoardRepository,
    private readonly queries: PostQueries,
    private readonly blocks: BlockRepository,
  ) {}

  /** @throws BoardNotFound, NotSchoolMember, ValidationFailed (q) */
  async execute({ actor, boardId, q, isQuestion, page }: ListBoardPostsInput): Promise<SummaryPageDto> {
    checkPageRequest(page);
    const term = q === undefined ? undefined : SearchTerm.parse(q);
    const filter = { boardId: BoardId(boardId), q: term, isQuestion, includeHidden: isAdmin(actor) };
    // Read together, in one round trip to a shared cache; the page is used only once the board is
    // known and the actor is a member of its school.
    const [board, found, blocks] = await Promise.all([
      this.boards.findById(filter.boardId),
      this.queries.listBoardPosts(filter, page),
      viewerBlocks(this.blocks, actor),
    ]);
    if (!board) throw new BoardNotFound();
    assertBoardMember(actor, board.schoolId);
    return toSummaryPage(found, blocks);
  }
}
