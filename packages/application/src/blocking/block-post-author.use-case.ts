import {
  ANONYMOUS,
  type Actor,
  type BlockRepository,
  type BlockTarget,
  type Clock,
  type IdGenerator,
  type PostRepository,
  type UserRepository,
} from '@campus/domain';
import { findVisiblePost } from '../board/board-lookups.js';
import type { WriteGuard } from '../limits/write-guard.js';
import { nicknameOf, saveBlock, type BlockDto } from './blocking.dto.js';

export interface BlockPostAuthorInput {
  actor: Actor;
  postId: string;
}

export class BlockPostAuthor {
  constructor(
    private readonly posts: PostRepository,
    private readonly users: UserRepository,
    private readonly blocks: BlockRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
  ) {}

  /**
   * A named post blocks its author's account (their named content); an anonymous one blocks that
   * post alone, labelled `익명`, so nothing else of its author's disappears.
   * @throws TooFast, PostNotFound, NotSchoolMember, CannotBlockSelf, AlreadyBlocked
   */
  execute({ actor, postId }: BlockPostAuthorInput): Promise<BlockDto> {
    return this.guard.run(actor.id, 'other', async () => {
      const post = await findVisiblePost(this.posts, actor, postId);
      const target: BlockTarget = post.isAnonymous
        ? { kind: 'post', postId: post.id, authorId: post.authorId }
        : { kind: 'user', userId: post.authorId };
      const label = post.isAnonymous ? ANONYMOUS : await nicknameOf(this.users, post.authorId);
      return saveBlock({ blocks: this.blocks, ids: this.ids, clock: this.clock }, actor.id, target, label);
    });
  }
}
