import { isAdmin, type Actor } from '../identity/actor.js';
import type { CommentId, PostId, UserId } from '../shared/ids.js';
import { CannotLikeOwn, CannotReportOwn, InvalidParent, NotAuthor } from './board.errors.js';
import { CommentContent } from './board.values.js';
import { isShownTo } from './visibility.policy.js';

export interface CommentState {
  id: CommentId;
  postId: PostId;
  /** The top-level comment this one replies to; replies are one level deep. */
  parentId: CommentId | null;
  authorId: UserId;
  content: string;
  isAnonymous: boolean;
  /**
   * The commenter's 익명N number on this post, fixed when the comment is written (see
   * `needsAnonymousNumber`); null for named comments and for the anonymous post's own author.
   */
  anonymousNumber: number | null;
  likeCount: number;
  reportCount: number;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewComment {
  id: CommentId;
  postId: PostId;
  authorId: UserId;
  content: string;
  isAnonymous: boolean;
  anonymousNumber: number | null;
}

export class Comment {
  private constructor(private state: CommentState) {}

  /** @throws ValidationFailed, InvalidParent (see `assertParent`) */
  static create(input: NewComment, parent: Comment | null, now: Date): Comment {
    if (parent) Comment.assertParent(parent, input.postId);
    return new Comment({
      ...input,
      parentId: parent ? parent.id : null,
      content: CommentContent.parse(input.content),
      likeCount: 0,
      reportCount: 0,
      hiddenAt: null,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * A reply must answer a live (neither deleted nor hidden) top-level comment of the same post.
   * `parent` is null when the named comment does not exist.
   * @throws InvalidParent
   */
  static assertParent(parent: Comment | null, postId: PostId): asserts parent is Comment {
    if (!parent || parent.postId !== postId || parent.parentId !== null || !parent.isLive()) {
      throw new InvalidParent();
    }
  }

  static rehydrate(state: CommentState): Comment {
    return new Comment({ ...state });
  }

  get id(): CommentId {
    return this.state.id;
  }
  get postId(): PostId {
    return this.state.postId;
  }
  get parentId(): CommentId | null {
    return this.state.parentId;
  }
  get authorId(): UserId {
    return this.state.authorId;
  }
  get content(): string {
    return this.state.content;
  }
  get isAnonymous(): boolean {
    return this.state.isAnonymous;
  }
  get anonymousNumber(): number | null {
    return this.state.anonymousNumber;
  }
  get likeCount(): number {
    return this.state.likeCount;
  }
  get updatedAt(): Date {
    return this.state.updatedAt;
  }
  get hiddenAt(): Date | null {
    return this.state.hiddenAt;
  }
  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }

  isAuthor(userId: UserId): boolean {
    return this.state.authorId === userId;
  }

  /** Live comments are the ones `commentCount` counts. */
  isLive(): boolean {
    return this.state.deletedAt === null && this.state.hiddenAt === null;
  }

  /** Hidden comments stay visible to admins only; deleted ones to nobody. */
  isVisibleTo(actor: Actor): boolean {
    return isShownTo(this.state, actor);
  }

  /** @throws NotAuthor (admins included) */
  edit(actor: Actor, content: string, now: Date): void {
    if (!this.isAuthor(actor.id)) throw new NotAuthor();
    this.state = { ...this.state, content: CommentContent.parse(content), updatedAt: now };
  }

  /** @throws NotAuthor unless the author or an admin */
  delete(actor: Actor, now: Date): void {
    if (!this.isAuthor(actor.id) && !isAdmin(actor)) throw new NotAuthor();
    this.state = { ...this.state, deletedAt: now };
  }

  /** @throws CannotLikeOwn */
  assertLikableBy(actor: Actor): void {
    if (this.isAuthor(actor.id)) throw new CannotLikeOwn();
  }

  /** @throws CannotReportOwn */
  assertReportableBy(actor: Actor): void {
    if (this.isAuthor(actor.id)) throw new CannotReportOwn();
  }

  becomesHiddenWith(reportCount: number, reportThreshold: number): boolean {
    return this.state.hiddenAt === null && reportCount >= reportThreshold;
  }

  snapshot(): CommentState {
    return { ...this.state };
  }
}
