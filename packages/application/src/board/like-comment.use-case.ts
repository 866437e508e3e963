import type { Actor, Clock, CommentLikeRepository, CommentRepository, PostRepository } from '@campus/domain';
import { findVisibleComment } from './board-lookups.js';

export interface LikeCommentInput {
  actor: Actor;
  commentId: string;
}

export interface LikeCommentOutput {
  likeCount: number;
}

export class LikeComment {
  constructor(
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly likes: CommentLikeRepository,
    private readonly clock: Clock,
  ) {}

  /** @throws CommentNotFound, NotSchoolMember, CannotLikeOwn, AlreadyLiked */
  async execute({ actor, commentId }: LikeCommentInput): Promise<LikeCommentOutput> {
    const { comment } = await findVisibleComment(this.posts, this.comments, actor, commentId);
    comment.assertLikableBy(actor);
    return { likeCount: await this.likes.add(comment.id, actor.id, this.clock.now()) };
  }
}
