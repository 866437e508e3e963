import type { Actor, BlockRepository, PostQueries } from '@campus/domain';
import { readPost } from './board-lookups.js';
import type { PostDto } from './board.dto.js';

export interface GetPostInput {
  actor: Actor;
  postId: string;
}

export class GetPost {
  constructor(
    private readonly queries: PostQueries,
    private readonly blocks: BlockRepository,
  ) {}

  /** The post with its comment tree, in two queries. @throws PostNotFound (also deleted, or hidden to non-admins), NotSchoolMember */
  async execute({ actor, postId }: GetPostInput): Promise<PostDto> {
    return readPost(this.queries, this.blocks, actor, postId);
  }
}
