import type { Actor, PostRepository, PostScrapRepository } from '@campus/domain';
import { findVisiblePost } from './board-lookups.js';
import type { ScrapCountOutput } from './scrap-post.use-case.js';

export interface UnscrapPostInput {
  actor: Actor;
  postId: string;
}

export class UnscrapPost {
  constructor(
    private readonly posts: PostRepository,
    private readonly scraps: PostScrapRepository,
  ) {}

  /**
   * Idempotent. The author gets CannotScrapOwn here too, as on scrap: the API lists the error
   * for both methods, and the author can never hold a scrap of their own post.
   * @throws PostNotFound, NotSchoolMember, CannotScrapOwn
   */
  async execute({ actor, postId }: UnscrapPostInput): Promise<ScrapCountOutput> {
    const post = await findVisiblePost(this.posts, actor, postId);
    post.assertScrappableBy(actor);
    return { scrapCount: await this.scraps.remove(post.id, actor.id) };
  }
}
