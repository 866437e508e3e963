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
    const board = await this.boards.findById(BoardId(boardId));
    if (!board) throw new BoardNotFound();
    assertBoardMember(actor, board.schoolId);
    const filter = { boardId: board.id, q: term, isQuestion, includeHidden: isAdmin(actor) };
    const [found, blocks] = await Promise.all([
      this.queries.listBoardPosts(filter, page),
      viewerBlocks(this.blocks, actor),
    ]);
    return toSummaryPage(found, blocks);
  }
}
