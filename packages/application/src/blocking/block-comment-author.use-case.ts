import {
  commentAuthorView,
  type Actor,
  type BlockRepository,
  type BlockTarget,
  type Clock,
  type CommentRepository,
  type IdGenerator,
  type PostRepository,
  type UserRepository,
} from '@campus/domain';
import { findVisibleComment } from '../board/board-lookups.js';
import type { WriteGuard } from '../limits/write-guard.js';
import { nicknameOf, saveBlock, type BlockDto } from './blocking.dto.js';

export interface BlockCommentAuthorInput {
  actor: Actor;
  commentId: string;
}

export class BlockCommentAuthor {
  constructor(
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly users: UserRepository,
    private readonly blocks: BlockRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
  ) {}

  /**
   * A named comment blocks its author's account (their named content); an anonymous one blocks
   * that commenter's anonymous comments in this thread alone, labelled as shown there (`익명3`,
   * `익명(글쓴이)`), which is all their 익명N already tied together.
   * @throws TooFast, CommentNotFound, NotSchoolMember, CannotBlockSelf, AlreadyBlocked
   */
  execute({ actor, commentId }: BlockCommentAuthorInput): Promise<BlockDto> {
    return this.guard.run(actor.id, 'other', async () => {
      const { comment, post } = await findVisibleComment(this.posts, this.comments, actor, commentId);
      const target: BlockTarget = comment.isAnonymous
        ? { kind: 'thread', postId: post.id, authorId: comment.authorId }
        : { kind: 'user', userId: comment.authorId };
      const shown = { ...comment.snapshot(), authorNickname: null };
      const label = comment.isAnonymous
        ? commentAuthorView(shown, post).displayName
        : await nicknameOf(this.users, comment.authorId);
      return saveBlock({ blocks: this.blocks, ids: this.ids, clock: this.clock }, actor.id, target, label);
    });
  }
}
