import type {
  Actor,
  BoardSettings,
  Clock,
  PostLikeRepository,
  PostRepository,
  UnitOfWork,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { notifyOfHot } from '../notifications/board-notifications.js';
import type { Notifier } from '../notifications/notifier.js';
import { findVisiblePost } from './board-lookups.js';

export interface LikePostInput {
  actor: Actor;
  postId: string;
}

export interface LikePostOutput {
  likeCount: number;
}

export class LikePost {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostRepository,
    private readonly likes: PostLikeRepository,
    private readonly settings: BoardSettings,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Likes are for good: there is no unlike.
   * @throws Restricted, VerificationRequired, PostNotFound, NotSchoolMember, CannotLikeOwn, AlreadyLiked
   */
  execute(input: LikePostInput): Promise<LikePostOutput> {
    return this.guard.run(input.actor.id, 'like', () => this.write(input));
  }

  private async write({ actor, postId }: LikePostInput): Promise<LikePostOutput> {
    const post = await findVisiblePost(this.posts, actor, postId);
    post.assertLikableBy(actor);
    const now = this.clock.now();
    const likeCount = await this.uow.run(async () => {
      const count = await this.likes.add(post.id, actor.id, now); // the store decides AlreadyLiked
      if (post.becomesHotWith(count, this.settings.hotThreshold)) await this.posts.markHot(post.id, now);
      await notifyOfHot(this.notifier, post, count, this.settings.hotThreshold);
      return count;
    });
    return { likeCount };
  }
}
