import {
  pageFrom,
  type BestFilter,
  type BoardPostsFilter,
  type CommentRecord,
  type Page,
  type PageRequest,
  type PostDetailRecord,
  type PostId,
  type PostQueries,
  type PostState,
  type PostSummaryRecord,
  type SchoolFilter,
  type SchoolSearchFilter,
  type UserFilter,
  type UserId,
  type UserRepository,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import {
  descendingAfter,
  matches,
  nicknamesOf,
  toCommentRecord,
  toSummaryRecord,
  type Ranked,
} from './board-records.js';
import { boardTables, clone, pairKey, type BoardTables } from './board-tables.js';

/** Reads the board's own tables; nicknames come through the UserRepository port, not its tables. */
export class InMemoryPostQueries implements PostQueries {
  private readonly tables: BoardTables;

  constructor(
    db: MemoryDatabase,
    private readonly users: UserRepository,
  ) {
    this.tables = boardTables(db);
  }

  async findPost(postId: PostId, viewerId: UserId): Promise<PostDetailRecord | null> {
    const found = this.tables.posts().get(postId);
    if (!found) return null;
    const row = clone(found);
    const board = this.tables.boards().get(row.boardId);
    const key = pairKey(postId, viewerId);
    const viewer = {
      liked: this.tables.postLikes().has(key),
      scrapped: this.tables.postScraps().has(key),
      reported: this.tables.postReports().has(key),
    };
    const names = await nicknamesOf(this.users, [row]);
    const { contentPreview: _, ...summary } = toSummaryRecord(row, names);
    return {
      ...summary,
      schoolId: row.schoolId,
      boardName: board?.name ?? '',
      content: row.content,
      hiddenAt: row.hiddenAt,
      deletedAt: row.deletedAt,
      updatedAt: row.updatedAt,
      viewer,
    };
  }

  async listComments(postId: PostId): Promise<CommentRecord[]> {
    const rows = [...this.tables.comments().values()]
      .filter((row) => row.postId === postId)
      .sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    const names = await nicknamesOf(this.users, rows);
    return rows.map((row) => toCommentRecord(row, names));
  }

  listBoardPosts(filter: BoardPostsFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.page(page, filter.includeHidden, (post) => {
      if (post.boardId !== filter.boardId) return false;
      if (filter.isQuestion !== undefined && post.isQuestion !== filter.isQuestion) return false;
      return filter.q === undefined || matches(post, filter.q);
    });
  }

  searchSchoolPosts(filter: SchoolSearchFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.page(
      page,
      filter.includeHidden,
      (post) => post.schoolId === filter.schoolId && matches(post, filter.q),
    );
  }

  listHotPosts(filter: SchoolFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.page(
      page,
      filter.includeHidden,
      (post) => post.schoolId === filter.schoolId && post.hotAt !== null,
      (post) => (post.hotAt ? post.hotAt.getTime() : 0),
    );
  }

  listBestPosts(filter: BestFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const [from, to] = [filter.from.getTime(), filter.to.getTime()];
    const inSeason = (post: PostState) => post.createdAt.getTime() >= from && post.createdAt.getTime() < to;
    return this.page(
      page,
      filter.includeHidden,
      (post) => post.schoolId === filter.schoolId && inSeason(post) && post.likeCount >= filter.minLikeCount,
      (post) => post.likeCount,
    );
  }

  listPostsByAuthor(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.page(page, filter.includeHidden, (post) => post.authorId === filter.userId);
  }

  listPostsCommentedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const postIds = new Set<string>();
    for (const c of this.tables.comments().values()) {
      if (
        c.authorId === filter.userId &&
        c.deletedAt === null &&
        (c.hiddenAt === null || filter.includeHidden)
      ) {
        postIds.add(c.postId);
      }
    }
    return this.page(page, filter.includeHidden, (post) => postIds.has(post.id));
  }

  async listPostsScrappedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const ranked: Ranked[] = [];
    for (const scrap of this.tables.postScraps().values()) {
      const post = scrap.userId === filter.userId ? this.tables.posts().get(scrap.targetId) : undefined;
      if (post && this.isListed(post, filter.includeHidden))
        ranked.push({ value: scrap.createdAt.getTime(), post });
    }
    return this.toPage(descendingAfter(ranked, page.after), page.limit);
  }

  /** Lists never show deleted posts, nor hidden ones but to admins. */
  private isListed(post: PostState, includeHidden: boolean): boolean {
    return post.deletedAt === null && (post.hiddenAt === null || includeHidden);
  }

  private async page(
    page: PageRequest,
    includeHidden: boolean,
    where: (post: PostState) => boolean,
    valueOf: (post: PostState) => number = (post) => post.createdAt.getTime(),
  ): Promise<Page<PostSummaryRecord>> {
    const ranked = [...this.tables.posts().values()]
      .filter((post) => this.isListed(post, includeHidden) && where(post))
      .map((post) => ({ value: valueOf(post), post }));
    return this.toPage(descendingAfter(ranked, page.after), page.limit);
  }

  private async toPage(sorted: Ranked[], limit: number): Promise<Page<PostSummaryRecord>> {
    const rows = sorted.slice(0, limit + 1).map((r) => ({ ...r, post: clone(r.post) }));
    const names = await nicknamesOf(
      this.users,
      rows.slice(0, limit).map((r) => r.post),
    );
    const page = pageFrom(rows, limit, (r) => ({ value: r.value, id: r.post.id }));
    return { items: page.items.map((r) => toSummaryRecord(r.post, names)), next: page.next };
  }
}
