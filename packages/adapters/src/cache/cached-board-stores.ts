import {
  Board,
  BoardId,
  CommentId,
  PostId,
  SchoolId,
  UserId,
  isoTime,
  type BestFilter,
  type BoardPostsFilter,
  type BoardRepository,
  type BoardState,
  type Cache,
  type Clock,
  type Comment,
  type CommentLikeRepository,
  type CommentRecord,
  type CommentRepository,
  type Page,
  type PageRequest,
  type Post,
  type PostDetailRecord,
  type PostLikeRepository,
  type PostQueries,
  type PostReportRepository,
  type PostForCommenter,
  type PostRepository,
  type PostScrapRepository,
  type PostSummaryRecord,
  type ReportReason,
  type SchoolFilter,
  type SchoolSearchFilter,
  type UnitOfWork,
  type User,
  type UserFilter,
  type UserRepository,
} from '@campus/domain';
import { LRUCache } from 'lru-cache';
import { ViewCache, type View } from './view-cache.js';

/*
 * The board's hot reads from the shared cache: a post (without the viewer's flags), the viewer's
 * flags on it, its comment rows, the first page of a board and of HOT, and boards themselves.
 * Every cached view is the same for every reader: `isMine`, author display and anonymity are
 * worked out per request by the use cases from raw rows, and the viewer's flags are a separate
 * entry per (post, viewer). Views are versioned by scope (see `ViewCache`):
 *
 *   post:P        the post's row and its comment rows   (any write to P or its comments)
 *   board:B       the first pages of board B            (any write to a post of B)
 *   hot:S         the first page of HOT in school S     (any write to a post of S)
 *   viewer:P:U    U's flags on P                        (U likes, scraps, unscraps, reports P)
 *   names         everything showing a nickname or a board name (a nickname change, a new board)
 */

const TTL_MS = { post: 60_000, comments: 60_000, viewer: 60_000, page: 30_000, board: 300_000 };

const boardScopes = {
  post: (id: string) => `scope:post:${id}`,
  board: (id: string) => `scope:board:${id}`,
  hot: (schoolId: string) => `scope:hot:${schoolId}`,
  viewer: (postId: string, userId: string) => `scope:viewer:${postId}:${userId}`,
  names: 'scope:names',
};
const S = boardScopes;

/** Where a post lives: facts that never change, so they are remembered in-process. */
interface Place {
  boardId: string;
  schoolId: string;
}

/**
 * Post → (board, school) and comment → post, remembered from the reads that every write use case
 * makes first, so that a write knows which scopes it touches without another statement.
 */
export class BoardLocator {
  private readonly posts: LRUCache<string, Place>;
  private readonly comments: LRUCache<string, string>;

  constructor(capacity = 100_000) {
    this.posts = new LRUCache({ max: capacity });
    this.comments = new LRUCache({ max: capacity });
  }

  rememberPost(post: Post): void {
    if (!this.posts.has(post.id)) this.posts.set(post.id, { boardId: post.boardId, schoolId: post.schoolId });
  }
  rememberComment(comment: Comment): void {
    if (!this.comments.has(comment.id)) this.comments.set(comment.id, comment.postId);
  }
  placeOf(postId: string): Place | undefined {
    return this.posts.get(postId);
  }
  postOf(commentId: string): string | undefined {
    return this.comments.get(commentId);
  }
}

/** Retires the scopes a write touched, once its unit of work commits. */
export class BoardViewInvalidation {
  constructor(
    private readonly views: ViewCache,
    private readonly uow: UnitOfWork,
    private readonly locator: BoardLocator,
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
  ) {}

  /** The post changed (its row, counters or comments); with `viewerId`, so did that user's flags on it. */
  async post(postId: string, viewerId?: string): Promise<void> {
    let place = this.locator.placeOf(postId);
    if (!place) {
      const post = await this.posts.findById(PostId(postId));
      if (post) this.locator.rememberPost(post);
      place = this.locator.placeOf(postId);
    }
    const scopes = [S.post(postId)];
    if (place) scopes.push(S.board(place.boardId), S.hot(place.schoolId));
    if (viewerId) scopes.push(S.viewer(postId, viewerId));
    await this.views.retire(this.uow, scopes);
  }

  async comment(commentId: string): Promise<void> {
    let postId = this.locator.postOf(commentId);
    if (!postId) {
      const comment = await this.comments.findById(CommentId(commentId));
      if (comment) this.locator.rememberComment(comment);
      postId = comment?.postId;
    }
    if (postId) await this.post(postId);
  }

  viewer(postId: string, viewerId: string): Promise<void> {
    return this.views.retire(this.uow, [S.viewer(postId, viewerId)]);
  }

  names(): Promise<void> {
    return this.views.retire(this.uow, [S.names]);
  }
}

// --- decoding: JSON keeps dates as strings ---

const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

function summary(raw: Json<PostSummaryRecord>): PostSummaryRecord {
  return {
    ...raw,
    id: PostId(raw.id),
    boardId: BoardId(raw.boardId),
    authorId: UserId(raw.authorId),
    hotAt: dateOrNull(raw.hotAt),
    createdAt: date(raw.createdAt),
  };
}

const decodePage = (json: string): Page<PostSummaryRecord> => {
  const raw = JSON.parse(json) as { items: Json<PostSummaryRecord>[]; next: Page<unknown>['next'] };
  return { items: raw.items.map(summary), next: raw.next };
};

type SharedPost = Omit<PostDetailRecord, 'viewer'>;

function decodePost(json: string): SharedPost {
  const raw = JSON.parse(json) as Json<SharedPost>;
  return {
    ...raw,
    id: PostId(raw.id),
    boardId: BoardId(raw.boardId),
    schoolId: SchoolId(raw.schoolId),
    authorId: UserId(raw.authorId),
    hotAt: dateOrNull(raw.hotAt),
    hiddenAt: dateOrNull(raw.hiddenAt),
    deletedAt: dateOrNull(raw.deletedAt),
    createdAt: date(raw.createdAt),
    updatedAt: date(raw.updatedAt),
  };
}

function decodeComments(json: string): CommentRecord[] {
  return (JSON.parse(json) as Json<CommentRecord>[]).map((raw) => ({
    ...raw,
    id: CommentId(raw.id),
    postId: PostId(raw.postId),
    parentId: raw.parentId === null ? null : CommentId(raw.parentId),
    authorId: UserId(raw.authorId),
    createdAt: date(raw.createdAt),
    updatedAt: date(raw.updatedAt),
    hiddenAt: dateOrNull(raw.hiddenAt),
    deletedAt: dateOrNull(raw.deletedAt),
  }));
}

// --- encoding: dates written as JSON.stringify writes them (toISOString), at a sixth of the cost ---

/*
 * `JSON.stringify` leaves its fast path at every Date, to call its `toJSON`: the 55 comments of a
 * busy post took 160–210 µs to write with their Dates, 70 with the dates written first by
 * `isoTime`. Every miss of a post detail writes its views, so every comment written to a busy post
 * paid it. The text is the same either way, so processes of either kind share the entries.
 */
const timeOrNull = (value: Date | null) => (value === null ? null : isoTime(value));

const summaryJson = (record: PostSummaryRecord): Json<PostSummaryRecord> => ({
  ...record,
  hotAt: timeOrNull(record.hotAt),
  createdAt: isoTime(record.createdAt),
});

const encodePage = (page: Page<PostSummaryRecord>): string =>
  JSON.stringify({ items: page.items.map(summaryJson), next: page.next });

const encodePost = (post: SharedPost): string =>
  JSON.stringify({
    ...post,
    hotAt: timeOrNull(post.hotAt),
    hiddenAt: timeOrNull(post.hiddenAt),
    deletedAt: timeOrNull(post.deletedAt),
    createdAt: isoTime(post.createdAt),
    updatedAt: isoTime(post.updatedAt),
  } satisfies Json<SharedPost>);

const encodeComments = (records: readonly CommentRecord[]): string =>
  JSON.stringify(
    records.map((record): Json<CommentRecord> => ({
      ...record,
      createdAt: isoTime(record.createdAt),
      updatedAt: isoTime(record.updatedAt),
      hiddenAt: timeOrNull(record.hiddenAt),
      deletedAt: timeOrNull(record.deletedAt),
    })),
  );

function decodeBoard(json: string): BoardState | null {
  const raw = JSON.parse(json) as Json<BoardState> | null;
  if (!raw) return null;
  return {
    ...raw,
    id: BoardId(raw.id),
    schoolId: SchoolId(raw.schoolId),
    createdAt: date(raw.createdAt),
  };
}

// --- reads ---

/** The post detail, its comments and the first pages of boards and HOT from the cache. */
export class CachedPostQueries implements PostQueries {
  constructor(
    private readonly inner: PostQueries,
    private readonly views: ViewCache,
  ) {}

  async findPost(postId: PostId, viewerId: UserId): Promise<PostDetailRecord | null> {
    const shared: View = { key: `view:post:${postId}`, scopes: [S.post(postId), S.names] };
    const mine: View = { key: `view:viewer:${postId}:${viewerId}`, scopes: [S.viewer(postId, viewerId)] };
    const { hits, versions } = await this.views.lookup([shared, mine]);
    const [post, flags] = hits;
    if (post != null && flags != null) {
      const viewer = JSON.parse(flags) as PostDetailRecord['viewer'];
      return { ...this.views.decode(shared, post, decodePost), viewer };
    }
    if (post == null && flags != null) {
      // A write retired the post for all its readers at once; their flags hold, so they share one read.
      const viewer = JSON.parse(flags) as PostDetailRecord['viewer'];
      const rest = await this.views.fill(
        shared,
        versions,
        TTL_MS.post,
        async () => {
          const record = await this.inner.findPost(postId, viewerId);
          if (!record) return null;
          const { viewer: _, ...rest } = record;
          return rest;
        },
        {
          encode: (rest) => (rest === null ? 'null' : encodePost(rest)),
          worthStoring: (rest) => rest !== null,
        },
      );
      return rest && { ...rest, viewer };
    }
    // Only what missed is stored: a new reader of a kept post misses their flags alone.
    const missed = [shared, mine].filter((_, i) => hits[i] == null);
    await this.views.pin(missed, versions);
    const record = await this.inner.findPost(postId, viewerId);
    if (!record) return null;
    const { viewer, ...rest } = record;
    await Promise.all([
      missed.includes(shared) && this.views.store(shared, versions, encodePost(rest), TTL_MS.post),
      missed.includes(mine) && this.views.store(mine, versions, JSON.stringify(viewer), TTL_MS.viewer),
    ]);
    return record;
  }

  listComments(postId: PostId): Promise<CommentRecord[]> {
    return this.views.read(
      { key: `view:comments:${postId}`, scopes: [S.post(postId), S.names] },
      TTL_MS.comments,
      () => this.inner.listComments(postId),
      decodeComments,
      encodeComments,
    );
  }

  /** The first page of a board (no search, no cursor) is cached; the rest is read through. */
  listBoardPosts(filter: BoardPostsFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    if (filter.q !== undefined || page.after !== null) return this.inner.listBoardPosts(filter, page);
    const variant = `${filter.isQuestion ?? '-'}:${filter.includeHidden ? 1 : 0}:${page.limit}`;
    return this.views.read(
      { key: `view:board:${filter.boardId}:${variant}`, scopes: [S.board(filter.boardId), S.names] },
      TTL_MS.page,
      () => this.inner.listBoardPosts(filter, page),
      decodePage,
      encodePage,
    );
  }

  /** The first page of HOT is cached; the rest is read through. */
  listHotPosts(filter: SchoolFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    if (page.after !== null) return this.inner.listHotPosts(filter, page);
    const variant = `${filter.includeHidden ? 1 : 0}:${page.limit}`;
    return this.views.read(
      { key: `view:hot:${filter.schoolId}:${variant}`, scopes: [S.hot(filter.schoolId), S.names] },
      TTL_MS.page,
      () => this.inner.listHotPosts(filter, page),
      decodePage,
      encodePage,
    );
  }

  searchSchoolPosts(filter: SchoolSearchFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.searchSchoolPosts(filter, page);
  }
  listBestPosts(filter: BestFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listBestPosts(filter, page);
  }
  listPostsByAuthor(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listPostsByAuthor(filter, page);
  }
  listPostsCommentedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listPostsCommentedBy(filter, page);
  }
  listPostsScrappedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listPostsScrappedBy(filter, page);
  }
}

/** Boards by id from the cache (every board page and post write looks its board up). */
export class CachedBoardRepository implements BoardRepository {
  constructor(
    private readonly inner: BoardRepository,
    private readonly views: ViewCache,
    private readonly invalidation: BoardViewInvalidation,
  ) {}

  async save(board: Board): Promise<void> {
    await this.inner.save(board);
    await this.invalidation.names();
  }

  async findById(id: BoardId): Promise<Board | null> {
    const state = await this.views.read(
      { key: `view:board-row:${id}`, scopes: [S.names] },
      TTL_MS.board,
      async () => (await this.inner.findById(id))?.snapshot() ?? null,
      decodeBoard,
    );
    return state && Board.rehydrate(state);
  }

  listBySchool(schoolId: SchoolId): Promise<Board[]> {
    return this.inner.listBySchool(schoolId);
  }
}

// --- writes: through to the store, then retire what they changed ---

export class CachedPostRepository implements PostRepository {
  constructor(
    private readonly inner: PostRepository,
    private readonly invalidation: BoardViewInvalidation,
    private readonly locator: BoardLocator,
  ) {}

  async save(post: Post): Promise<boolean> {
    const written = await this.inner.save(post);
    if (!written) return false;
    this.locator.rememberPost(post);
    await this.invalidation.post(post.id);
    return true;
  }

  async findById(id: PostId): Promise<Post | null> {
    const post = await this.inner.findById(id);
    if (post) this.locator.rememberPost(post);
    return post;
  }

  async findForCommenter(id: PostId, userId: UserId): Promise<PostForCommenter | null> {
    const found = await this.inner.findForCommenter(id, userId);
    if (found) this.locator.rememberPost(found.post);
    return found;
  }

  async markHot(id: PostId, at: Date): Promise<void> {
    await this.inner.markHot(id, at);
    await this.invalidation.post(id);
  }

  async markHidden(id: PostId, at: Date): Promise<void> {
    await this.inner.markHidden(id, at);
    await this.invalidation.post(id);
  }

  async markLocked(id: PostId, at: Date): Promise<void> {
    await this.inner.markLocked(id, at);
    await this.invalidation.post(id);
  }
}

export class CachedCommentRepository implements CommentRepository {
  constructor(
    private readonly inner: CommentRepository,
    private readonly invalidation: BoardViewInvalidation,
    private readonly locator: BoardLocator,
  ) {}

  async add(comment: Comment): Promise<boolean> {
    if (!(await this.inner.add(comment))) return false;
    this.locator.rememberComment(comment);
    await this.invalidation.post(comment.postId);
    return true;
  }

  async findById(id: CommentId): Promise<Comment | null> {
    const comment = await this.inner.findById(id);
    if (comment) this.locator.rememberComment(comment);
    return comment;
  }

  async update(comment: Comment): Promise<void> {
    await this.inner.update(comment);
    await this.invalidation.post(comment.postId);
  }

  async markDeleted(id: CommentId, at: Date): Promise<boolean> {
    const changed = await this.inner.markDeleted(id, at);
    await this.invalidation.comment(id);
    return changed;
  }

  async markHidden(id: CommentId, at: Date): Promise<boolean> {
    const changed = await this.inner.markHidden(id, at);
    await this.invalidation.comment(id);
    return changed;
  }
}

export class CachedPostLikeRepository implements PostLikeRepository {
  constructor(
    private readonly inner: PostLikeRepository,
    private readonly invalidation: BoardViewInvalidation,
  ) {}

  async add(postId: PostId, userId: UserId, at: Date): Promise<number> {
    const count = await this.inner.add(postId, userId, at);
    await this.invalidation.post(postId, userId);
    return count;
  }
}

/** A comment's like count is part of the post's comment rows. */
export class CachedCommentLikeRepository implements CommentLikeRepository {
  constructor(
    private readonly inner: CommentLikeRepository,
    private readonly invalidation: BoardViewInvalidation,
  ) {}

  async add(commentId: CommentId, userId: UserId, at: Date): Promise<number> {
    const count = await this.inner.add(commentId, userId, at);
    await this.invalidation.comment(commentId);
    return count;
  }
}

export class CachedPostScrapRepository implements PostScrapRepository {
  constructor(
    private readonly inner: PostScrapRepository,
    private readonly invalidation: BoardViewInvalidation,
  ) {}

  async add(postId: PostId, userId: UserId, at: Date): Promise<number> {
    const count = await this.inner.add(postId, userId, at);
    await this.invalidation.post(postId, userId);
    return count;
  }

  async remove(postId: PostId, userId: UserId): Promise<number> {
    const count = await this.inner.remove(postId, userId);
    await this.invalidation.post(postId, userId);
    return count;
  }
}

/** A report changes only the reporter's flags on the post (hiding goes through the post repository). */
export class CachedPostReportRepository implements PostReportRepository {
  constructor(
    private readonly inner: PostReportRepository,
    private readonly invalidation: BoardViewInvalidation,
  ) {}

  async add(postId: PostId, userId: UserId, reason: ReportReason, at: Date): Promise<number> {
    const count = await this.inner.add(postId, userId, reason, at);
    await this.invalidation.viewer(postId, userId);
    return count;
  }
}

/** Nicknames show on every cached board view: a change of nickname retires them all. */
export class NicknameWatchingUserRepository implements UserRepository {
  constructor(
    private readonly inner: UserRepository,
    private readonly invalidation: BoardViewInvalidation,
  ) {}

  async save(user: User): Promise<void> {
    const before = await this.inner.findById(user.id);
    await this.inner.save(user);
    if (before && before.nickname !== user.nickname) await this.invalidation.names();
  }

  findById(id: UserId): Promise<User | null> {
    return this.inner.findById(id);
  }
  findByUsername(username: string): Promise<User | null> {
    return this.inner.findByUsername(username);
  }
  findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    return this.inner.findManyByIds(ids);
  }
}

/** The board's stores, as the composition root binds them. */
export interface BoardStores {
  boards: BoardRepository;
  posts: PostRepository;
  comments: CommentRepository;
  postLikes: PostLikeRepository;
  commentLikes: CommentLikeRepository;
  scraps: PostScrapRepository;
  postReports: PostReportRepository;
  postQueries: PostQueries;
}

/**
 * Wraps the board's stores (and the users, whose nicknames show on board views) with the shared
 * cache: reads from it, writes retiring what they change.
 */
export function cacheBoardStores(
  stores: BoardStores,
  users: UserRepository,
  cache: Cache,
  uow: UnitOfWork,
  clock: Clock,
): { stores: BoardStores; users: UserRepository } {
  const { views, locator, invalidation } = boardViews(stores, cache, uow, clock);
  return {
    stores: {
      boards: new CachedBoardRepository(stores.boards, views, invalidation),
      posts: new CachedPostRepository(stores.posts, invalidation, locator),
      comments: new CachedCommentRepository(stores.comments, invalidation, locator),
      postLikes: new CachedPostLikeRepository(stores.postLikes, invalidation),
      commentLikes: new CachedCommentLikeRepository(stores.commentLikes, invalidation),
      scraps: new CachedPostScrapRepository(stores.scraps, invalidation),
      postReports: new CachedPostReportRepository(stores.postReports, invalidation),
      postQueries: new CachedPostQueries(stores.postQueries, views),
    },
    users: new NicknameWatchingUserRepository(users, invalidation),
  };
}

/**
 * Only the boards themselves from the cache, for when board views come from the database
 * (`CACHE_BOARD_VIEWS=off`): every board page and post write looks its board up, and boards
 * change about never, so they are cached like the sessions and users of authentication.
 */
export function cacheBoardRows(
  stores: BoardStores,
  cache: Cache,
  uow: UnitOfWork,
  clock: Clock,
): BoardStores {
  const { views, invalidation } = boardViews(stores, cache, uow, clock);
  return { ...stores, boards: new CachedBoardRepository(stores.boards, views, invalidation) };
}

/** The view cache, and what retires its entries, shared by the stores wrapped around it. */
function boardViews(stores: BoardStores, cache: Cache, uow: UnitOfWork, clock: Clock) {
  const views = new ViewCache(cache, clock);
  const locator = new BoardLocator();
  const invalidation = new BoardViewInvalidation(views, uow, locator, stores.posts, stores.comments);
  return { views, locator, invalidation };
}
