import {
  Comment,
  CommentContent,
  CommentId,
  PostNotFound,
  needsAnonymousNumber,
  type Actor,
  type AnonymousAliasRepository,
  type Clock,
  type CommentRepository,
  type IdGenerator,
  type PostRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { notifyOfComment } from '../notifications/board-notifications.js';
import type { Notifier } from '../notifications/notifier.js';
import { findPostToComment } from './board-lookups.js';
import { toNewCommentDto, type CommentDto } from './board.dto.js';

export interface CreateCommentInput {
  actor: Actor;
  postId: string;
  content: string;
  /** Default true. */
  isAnonymous?: boolean | undefined;
  /** A live top-level comment of the same post, to reply to. */
  parentId?: string | null | undefined;
}

export class CreateComment {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly aliases: AnonymousAliasRepository,
    private readonly users: UserRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
    private readonly notifier: Notifier,
  ) {}

  /** @throws TooFast, PostNotFound, NotSchoolMember, ValidationFailed, InvalidParent */
  execute(input: CreateCommentInput): Promise<CommentDto> {
    return this.guard.run(input.actor.id, 'comment', () => this.write(input));
  }

  private async write({
    actor,
    postId,
    content,
    parentId,
    ...rest
  }: CreateCommentInput): Promise<CommentDto> {
    const isAnonymous = rest.isAnonymous ?? true;
    CommentContent.parse(content);
    const { post, heldNumber } = await findPostToComment(this.posts, actor, postId);
    // Read before the write, so that nothing is read once it is committed: a database failing
    // then cannot turn a committed comment into an error. Only a named comment needs it, and
    // it comes from the user store (cached on the server).
    const authorNickname = isAnonymous ? null : ((await this.users.findById(actor.id))?.nickname ?? null);
    const comment = await this.uow.run(async () => {
      const parent = parentId ? await this.comments.findById(CommentId(parentId)) : null;
      if (parentId) Comment.assertParent(parent, post.id);
      // Stored with the comment, so later deletions can never shift it. A number once held is
      // for good, so the one read with the post stands; only a first one is assigned here.
      const anonymousNumber = needsAnonymousNumber(post, actor.id, isAnonymous)
        ? (heldNumber ?? (await this.aliases.assign(post.id, actor.id)))
        : null;
      // Read once the number is held: first comments are numbered under the post's write lock, so
      // their times, and the thread's order, follow their numbers (익명1 is listed first).
      const now = this.clock.now();
      const id = CommentId(this.ids.next());
      const created = Comment.create(
        { id, postId: post.id, authorId: actor.id, content, isAnonymous, anonymousNumber },
        parent,
        now,
      );
      // A deletion that won the race since the post was read leaves no post to comment on.
      if (!(await this.comments.add(created))) throw new PostNotFound();
      if (post.locksWhenCommentedBy(actor.id)) await this.posts.markLocked(post.id, now);
      await notifyOfComment(this.notifier, post, parent, created, authorNickname);
      return created;
    });
    // Answered from what was written, not read back.
    return toNewCommentDto({ ...comment.snapshot(), authorNickname }, post, actor);
  }
}
