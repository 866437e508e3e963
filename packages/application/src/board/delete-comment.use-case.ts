import {
  CommentNotFound,
  type Actor,
  type Clock,
  type CommentRepository,
  type PostRepository,
} from '@campus/domain';
import { findVisibleComment } from './board-lookups.js';

export interface DeleteCommentInput {
  actor: Actor;
  commentId: string;
}

export class DeleteComment {
  constructor(
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Soft: with live replies the comment stays as a placeholder, otherwise it disappears; the
   * post's commentCount drops by one (atomically, in the repository).
   * @throws CommentNotFound, NotSchoolMember, NotAuthor (unless author or admin)
   */
  async execute({ actor, commentId }: DeleteCommentInput): Promise<void> {
    const { comment } = await findVisibleComment(this.posts, this.comments, actor, commentId);
    const now = this.clock.now();
    comment.delete(actor, now); // NotAuthor
    // Another deletion got there first since the read: answered as a deletion after it would be.
    if (!(await this.comments.markDeleted(comment.id, now))) throw new CommentNotFound();
  }
}
