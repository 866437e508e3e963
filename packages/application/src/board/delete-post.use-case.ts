import type { Actor, Clock, PostRepository } from '@campus/domain';
import { changePost } from './board-lookups.js';

export interface DeletePostInput {
  actor: Actor;
  postId: string;
}

export class DeletePost {
  constructor(
    private readonly posts: PostRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Soft: the rows stay, the post leaves every list and answers 404. Admins may delete any post,
   * a locked question included.
   * @throws PostNotFound, NotSchoolMember, NotAuthor, QuestionLocked (the author of a locked question)
   */
  async execute({ actor, postId }: DeletePostInput): Promise<void> {
    await changePost(this.posts, actor, postId, (post) => post.delete(actor, this.clock.now()));
  }
}
