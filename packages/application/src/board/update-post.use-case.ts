import type { Actor, Clock, PostQueries, PostRepository } from '@campus/domain';
import { findVisiblePost, readPost } from './board-lookups.js';
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
  ) {}

  /** @throws PostNotFound, NotSchoolMember, NotAuthor (admins too), QuestionLocked, ValidationFailed */
  async execute({ actor, postId, title, content }: UpdatePostInput): Promise<PostDto> {
    const post = await findVisiblePost(this.posts, actor, postId);
    post.edit(actor, { title, content }, this.clock.now());
    await this.posts.save(post);
    return readPost(this.queries, actor, post.id);
  }
}
