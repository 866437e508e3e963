import type { Actor, Clock, CommentLikeRepository, CommentRepository, PostRepository } from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
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
    private readonly guard: WriteGuard,
  ) {}

  /** @throws Restricted, VerificationRequired, CommentNotFound, NotSchoolMember, CannotLikeOwn, AlreadyLiked */
  execute(input: LikeCommentInput): Promise<LikeCommentOutput> {
    return this.guard.run(input.actor.id, 'like', () => this.write(input));
  }

  private async write({ actor, commentId }: LikeCommentInput): Promise<LikeCommentOutput> {
    const { comment } = await findVisibleComment(this.posts, this.comments, actor, commentId);
    comment.assertLikableBy(actor);
    return { likeCount: await this.likes.add(comment.id, actor.id, this.clock.now()) };
  }
}
