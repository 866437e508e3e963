import type { Actor, BlockRepository, PostQueries } from '@campus/domain';
import { readPost } from './board-lookups.js';
import type { CommentDto } from './board.dto.js';

export interface ListCommentsInput {
  actor: Actor;
  postId: string;
}

export class ListComments {
  constructor(
    private readonly queries: PostQueries,
    private readonly blocks: BlockRepository,
  ) {}

  /** Top-level comments oldest first, each with its replies. @throws PostNotFound, NotSchoolMember */
  async execute({ actor, postId }: ListCommentsInput): Promise<CommentDto[]> {
    return (await readPost(this.queries, this.blocks, actor, postId)).comments;
  }
}
