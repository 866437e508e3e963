import type { Actor, BlockRepository, Clock, PostQueries, PostRepository } from '@campus/domain';
import { changePost, readPost } from './board-lookups.js';
import type { PostDto } from './board.dto.js';

export interface UpdatePostInput {
  actor: Actor;
  postId: string;
  title?: string | undefined;
  content?: string | undefined;
}

export class UpdatePost {
  constructor(
    private readonly posts: PostRepository,
    private readonly queries: PostQueries,
    private readonly clock: Clock,
    private readonly blocks: BlockRepository,
  ) {}

  /** @throws PostNotFound, NotSchoolMember, NotAuthor (admins too), QuestionLocked, ValidationFailed */
  async execute({ actor, postId, title, content }: UpdatePostInput): Promise<PostDto> {
    const post = await changePost(this.posts, actor, postId, (read) =>
      read.edit(actor, { title, content }, this.clock.now()),
    );
    return readPost(this.queries, this.blocks, actor, post.id);
  }
}
