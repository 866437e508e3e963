import type { Actor, Clock, PostRepository, PostScrapRepository } from '@campus/domain';
import { findVisiblePost } from './board-lookups.js';

export interface ScrapPostInput {
  actor: Actor;
  postId: string;
}

export interface ScrapCountOutput {
  scrapCount: number;
}

export class ScrapPost {
  constructor(
    private readonly posts: PostRepository,
    private readonly scraps: PostScrapRepository,
    private readonly clock: Clock,
  ) {}

  /** Idempotent. @throws PostNotFound, NotSchoolMember, CannotScrapOwn */
  async execute({ actor, postId }: ScrapPostInput): Promise<ScrapCountOutput> {
    const post = await findVisiblePost(this.posts, actor, postId);
    post.assertScrappableBy(actor);
    return { scrapCount: await this.scraps.add(post.id, actor.id, this.clock.now()) };
  }
}
