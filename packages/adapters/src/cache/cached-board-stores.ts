import {
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  Board,
  BoardId,
  CommentId,
  PostId,
  SchoolId,
  UserId,
  type BestFilter,
  type BoardPostsFilter,
  type BoardRepository,
  type BoardState,
  type CommentRecord,
  type Page,
  type PageRequest,
  type PostDetailRecord,
  type PostQueries,
  type PostSummaryRecord,
  type SchoolFilter,
  type SchoolSearchFilter,
  type UserFilter,
} from '@campus/domain';
import { isoTime } from '../system/iso-time.js';
import { AFTER_COMMIT } from './after-commit.js';
import { provide } from '../composition/provisions.js';
import { BoardPlaces, boardRemembers, boardRetirements, boardScopes as S } from './board-retirements.js';
import { retiringWrites } from './retiring-writes.js';
import type { CacheModule } from './cache-module.js';
import type { View, ViewCache } from './view-cache.js';

/*
 * The board's hot reads from the shared cache: a post (without the viewer's flags), the viewer's
 * flags on it, its comment rows, the first page of a board and of HOT, and boards themselves.
 * Every cached view is the same for every reader: `isMine`, author display and anonymity are
 * worked out per request by the use cases from raw rows, and the viewer's flags are a separate
 * entry per (post, viewer). Which writes retire which scopes is `boardRetirements`.
 */

const TTL_MS = { post: 60_000, comments: 60_000, viewer: 60_000, page: 30_000, board: 300_000 };

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

// --- encoding: dates written as JSON.stringify writes them (toISOString), but cheaper ---

/*
 * `JSON.stringify` leaves its fast path at every Date, to call its `toJSON`, so the views are
 * written with their dates already turned into text by `isoTime` (docs/performance.md). Every miss
 * of a post detail writes its views, so every comment written to a busy post paid it. The text is
 * the same either way, so processes of either kind share the entries.
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
  ) {}

  save(board: Board): Promise<void> {
    return this.inner.save(board);
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

/**
 * The board's stores behind the view cache: reads from it, and every write followed by the
 * retirement of what `boardRetirements` says it changes, once its unit of work commits. With
 * `views` false (`CACHE_BOARD_VIEWS=off`) only the boards themselves are cached: every board page
 * and post write looks its board up, and boards change about never, so they are cached like the
 * sessions and users of authentication, and every other view comes from the database.
 */
export function cachedBoard({ views: boardViews }: { views: boolean }): CacheModule {
  return (get, views) => {
    const [posts, comments] = [get(POST_REPOSITORY), get(COMMENT_REPOSITORY)];
    const places = new BoardPlaces(posts, comments);
    const retires = boardRetirements(places);
    const uow = get(AFTER_COMMIT);
    const retire = (scopes: readonly string[]) => views.retire(uow, scopes);
    const boards = provide(
      BOARD_REPOSITORY,
      retiringWrites(new CachedBoardRepository(get(BOARD_REPOSITORY), views), retire, retires.boards),
    );
    if (!boardViews) return [boards];
    const remembers = boardRemembers(places);
    return [
      boards,
      provide(POST_REPOSITORY, retiringWrites(posts, retire, retires.posts, remembers.posts)),
      provide(COMMENT_REPOSITORY, retiringWrites(comments, retire, retires.comments, remembers.comments)),
      provide(POST_LIKE_REPOSITORY, retiringWrites(get(POST_LIKE_REPOSITORY), retire, retires.postLikes)),
      provide(
        COMMENT_LIKE_REPOSITORY,
        retiringWrites(get(COMMENT_LIKE_REPOSITORY), retire, retires.commentLikes),
      ),
      provide(POST_SCRAP_REPOSITORY, retiringWrites(get(POST_SCRAP_REPOSITORY), retire, retires.scraps)),
      provide(
        POST_REPORT_REPOSITORY,
        retiringWrites(get(POST_REPORT_REPOSITORY), retire, retires.postReports),
      ),
      provide(POST_QUERIES, new CachedPostQueries(get(POST_QUERIES), views)),
    ];
  };
}
