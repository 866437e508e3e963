import type { Actor, Clock, CommentRepository, PostQueries, PostRepository } from '@campus/domain';
import { findVisibleComment, readComment } from './board-lookups.js';
import type { DeepReadonly } from '../shared/shared-view.js';
import type { CommentDto } from './board.dto.js';

export interface UpdateCommentInput {
  actor: Actor;
  commentId: string;
  content: string;
}

export class UpdateComment {
  constructor(
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly queries: PostQueries,
    private readonly clock: Clock,
  ) {}

  /** @throws CommentNotFound, NotSchoolMember, NotAuthor (admins too), ValidationFailed */
  async execute({ actor, commentId, content }: UpdateCommentInput): Promise<DeepReadonly<CommentDto>> {
    const { comment, post } = await findVisibleComment(this.posts, this.comments, actor, commentId);
    comment.edit(actor, content, this.clock.now());
    await this.comments.update(comment);
    return readComment(this.queries, actor, post, comment.id);
  }
}
