import type { Actor, BlockRepository, PostQueries, ReportCaseQueries } from '@campus/domain';
import { readPost } from './board-lookups.js';
import type { CommentTreeDto } from './board.dto.js';

export interface ListCommentsInput {
  actor: Actor;
  postId: string;
}

export class ListComments {
  constructor(
    private readonly queries: PostQueries,
    private readonly blocks: BlockRepository,
    private readonly cases: ReportCaseQueries,
  ) {}

  /** Top-level comments oldest first, each with its replies. @throws PostNotFound, NotSchoolMember */
  async execute({ actor, postId }: ListCommentsInput): Promise<CommentTreeDto> {
    return (await readPost(this.queries, this.blocks, actor, postId, this.cases)).comments;
  }
}
