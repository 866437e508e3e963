import type { Actor, BlockRepository, PostQueries, ReportCaseQueries } from '@campus/domain';
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
    private readonly cases: ReportCaseQueries,
  ) {}

  /** The post with its comment tree, in two queries (three for admins, who see report counts). @throws PostNotFound (also deleted, or hidden to non-admins), NotSchoolMember */
  async execute({ actor, postId }: GetPostInput): Promise<PostDto> {
    return readPost(this.queries, this.blocks, actor, postId, this.cases);
  }
}
