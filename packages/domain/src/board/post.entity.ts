import { isAdmin, type Actor } from '../identity/actor.js';
import type { BoardId, PostId, SchoolId, UserId } from '../shared/ids.js';
import { CannotLikeOwn, CannotReportOwn, CannotScrapOwn, NotAuthor, QuestionLocked } from './board.errors.js';
import { PostContent, PostTitle } from './board.values.js';
import { isShownTo } from './visibility.policy.js';

export interface PostState {
  id: PostId;
  boardId: BoardId;
  /** The board's school, kept on the post so that school-wide lists and checks need no join. */
  schoolId: SchoolId;
  authorId: UserId;
  title: string;
  content: string;
  isAnonymous: boolean;
  isQuestion: boolean;
  likeCount: number;
  /** Live comments: neither deleted nor hidden. */
  commentCount: number;
  scrapCount: number;
  reportCount: number;
  /** The last number handed to an anonymous commenter (익명N); 0 before the first. */
  anonymousSequence: number;
  /** When likeCount reached the HOT threshold; never unset. */
  hotAt: Date | null;
  /** When counting reports reached the report threshold; unset only when an admin restores the post. */
  hiddenAt: Date | null;
  /** When a question first got a comment from someone other than its author; never unset. */
  lockedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewPost {
  id: PostId;
  boardId: BoardId;
  schoolId: SchoolId;
  authorId: UserId;
  title: string;
  content: string;
  isAnonymous: boolean;
  isQuestion: boolean;
}

/**
 * A post on a board. Counters and the set-once timestamps (hotAt, hiddenAt, lockedAt) change only
 * through the atomic ports; the entity says when they should, so rules stay testable here.
 */
export class Post {
  private constructor(private state: PostState) {}

  static create(input: NewPost, now: Date): Post {
    return new Post({
      ...input,
      title: PostTitle.parse(input.title),
      content: PostContent.parse(input.content),
      likeCount: 0,
      commentCount: 0,
      scrapCount: 0,
      reportCount: 0,
      anonymousSequence: 0,
      hotAt: null,
      hiddenAt: null,
      lockedAt: null,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  static rehydrate(state: PostState): Post {
    return new Post({ ...state });
  }

  get id(): PostId {
    return this.state.id;
  }
  get boardId(): BoardId {
    return this.state.boardId;
  }
  get schoolId(): SchoolId {
    return this.state.schoolId;
  }
  get authorId(): UserId {
    return this.state.authorId;
  }
  get title(): string {
    return this.state.title;
  }
  get content(): string {
    return this.state.content;
  }
  get isAnonymous(): boolean {
    return this.state.isAnonymous;
  }
  get isQuestion(): boolean {
    return this.state.isQuestion;
  }
  get likeCount(): number {
    return this.state.likeCount;
  }
  get commentCount(): number {
    return this.state.commentCount;
  }
  get scrapCount(): number {
    return this.state.scrapCount;
  }
  get reportCount(): number {
    return this.state.reportCount;
  }
  get hotAt(): Date | null {
    return this.state.hotAt;
  }
  get hiddenAt(): Date | null {
    return this.state.hiddenAt;
  }
  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }
  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  isAuthor(userId: UserId): boolean {
    return this.state.authorId === userId;
  }

  isLocked(): boolean {
    return this.state.lockedAt !== null;
  }

  /** Deleted posts are gone for everyone; hidden ones for everyone but admins. */
  isVisibleTo(actor: Actor): boolean {
    return isShownTo(this.state, actor);
  }

  /** @throws NotAuthor (admins included), QuestionLocked */
  edit(actor: Actor, changes: { title?: string; content?: string }, now: Date): void {
    if (!this.isAuthor(actor.id)) throw new NotAuthor();
    if (this.isLocked()) throw new QuestionLocked();
    this.state = {
      ...this.state,
      title: changes.title === undefined ? this.state.title : PostTitle.parse(changes.title),
      content: changes.content === undefined ? this.state.content : PostContent.parse(changes.content),
      updatedAt: now,
    };
  }

  /**
   * Admins may delete any post, a locked question included: moderation must stay possible.
   * @throws NotAuthor, QuestionLocked (the author, once someone else has commented on a question)
   */
  delete(actor: Actor, now: Date): void {
    if (!isAdmin(actor)) {
      if (!this.isAuthor(actor.id)) throw new NotAuthor();
      if (this.isLocked()) throw new QuestionLocked();
    }
    this.state = { ...this.state, deletedAt: now };
  }

  /** @throws CannotLikeOwn */
  assertLikableBy(actor: Actor): void {
    if (this.isAuthor(actor.id)) throw new CannotLikeOwn();
  }

  /** @throws CannotScrapOwn */
  assertScrappableBy(actor: Actor): void {
    if (this.isAuthor(actor.id)) throw new CannotScrapOwn();
  }

  /** @throws CannotReportOwn */
  assertReportableBy(actor: Actor): void {
    if (this.isAuthor(actor.id)) throw new CannotReportOwn();
  }

  /** Whether a like that brought the count to `likeCount` makes the post HOT now. */
  becomesHotWith(likeCount: number, hotThreshold: number): boolean {
    return this.state.hotAt === null && likeCount >= hotThreshold;
  }

  /** Whether a report that brought the count to `reportCount` hides the post now. */
  becomesHiddenWith(reportCount: number, reportThreshold: number): boolean {
    return this.state.hiddenAt === null && reportCount >= reportThreshold;
  }

  /** A question locks at the first comment by anyone but its author (admins included). */
  locksWhenCommentedBy(userId: UserId): boolean {
    return this.state.isQuestion && this.state.lockedAt === null && !this.isAuthor(userId);
  }

  snapshot(): PostState {
    return { ...this.state };
  }
}
