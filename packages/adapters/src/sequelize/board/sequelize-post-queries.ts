import {
  pageFrom,
  type BestFilter,
  type BoardPostsFilter,
  type CommentRecord,
  type Keyset,
  type Page,
  type PageRequest,
  type PostDetailRecord,
  type PostId,
  type PostQueries,
  type PostSummaryRecord,
  type SchoolFilter,
  type SchoolSearchFilter,
  type UserFilter,
  type UserId,
} from '@campus/domain';
import { toBool, toTime, toTimeOrNull, type Sql } from '../sql.js';
import {
  commentRecordFromRow,
  summaryFromRow,
  type CommentRow,
  type PostRow,
  type SummaryRow,
} from './board-rows.js';

/** The columns of a PostSummary; the nickname is joined only for named posts. */
const SUMMARY = `p.id, p.board_id, p.author_id, u.nickname AS author_nickname, p.is_anonymous, p.is_question, p.title,
  SUBSTR(p.content, 1, 100) AS content_preview, p.like_count, p.comment_count, p.scrap_count, p.hot_at, p.created_at`;
const AUTHOR_JOIN = 'LEFT JOIN users u ON u.id = p.author_id AND p.is_anonymous = 0';

/** The conditions of a list, and the index whose order it pages through. */
type Where = { clauses: string[]; params: Record<string, unknown>; index?: string };

/**
 * The board's reads as hand-written SQL: a post detail is two statements (the post with its
 * board, author and the viewer's flags; then every comment with its authors), and every list page
 * is one keyset-paginated statement, whatever the number of posts or comments.
 */
export class SequelizePostQueries implements PostQueries {
  constructor(private readonly sql: Sql) {}

  async findPost(postId: PostId, viewerId: UserId): Promise<PostDetailRecord | null> {
    const row = await this.sql.one<
      PostRow & {
        board_name: string;
        author_nickname: string | null;
        liked: unknown;
        scrapped: unknown;
        reported: unknown;
      }
    >(
      `SELECT p.*, b.name AS board_name, u.nickname AS author_nickname,
         EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.user_id = :viewerId) AS liked,
         EXISTS (SELECT 1 FROM post_scraps s WHERE s.post_id = p.id AND s.user_id = :viewerId) AS scrapped,
         EXISTS (SELECT 1 FROM post_reports r WHERE r.post_id = p.id AND r.user_id = :viewerId) AS reported
       FROM posts p JOIN boards b ON b.id = p.board_id
       LEFT JOIN users u ON u.id = p.author_id AND p.is_anonymous = 0
       WHERE p.id = :postId`,
      { postId, viewerId },
    );
    if (!row) return null;
    const summary = summaryFromRow({ ...row, content_preview: '' });
    const { contentPreview: _, ...rest } = summary;
    return {
      ...rest,
      schoolId: row.school_id as PostDetailRecord['schoolId'],
      boardName: row.board_name,
      content: row.content,
      hiddenAt: toTimeOrNull(row.hidden_at),
      deletedAt: toTimeOrNull(row.deleted_at),
      updatedAt: toTime(row.updated_at),
      viewer: { liked: toBool(row.liked), scrapped: toBool(row.scrapped), reported: toBool(row.reported) },
    };
  }

  async listComments(postId: PostId): Promise<CommentRecord[]> {
    const rows = await this.sql.select<CommentRow & { author_nickname: string | null }>(
      `SELECT c.*, u.nickname AS author_nickname FROM comments c
       LEFT JOIN users u ON u.id = c.author_id AND c.is_anonymous = 0
       WHERE c.post_id = :postId ORDER BY c.created_at, c.id`,
      { postId },
    );
    return rows.map(commentRecordFromRow);
  }

  listBoardPosts(filter: BoardPostsFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const where = this.visible(filter.includeHidden, ['p.board_id = :boardId'], { boardId: filter.boardId });
    if (filter.isQuestion !== undefined) where.clauses.push(`p.is_question = ${filter.isQuestion ? 1 : 0}`);
    if (filter.q !== undefined) this.search(where, filter.q);
    return this.byTime({ ...where, index: 'posts_board_page' }, page);
  }

  searchSchoolPosts(filter: SchoolSearchFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const where = this.visible(filter.includeHidden, ['p.school_id = :schoolId'], {
      schoolId: filter.schoolId,
    });
    this.search(where, filter.q);
    return this.byTime({ ...where, index: 'posts_school_created' }, page);
  }

  listHotPosts(filter: SchoolFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const where = this.visible(filter.includeHidden, ['p.school_id = :schoolId', 'p.hot_at IS NOT NULL'], {
      schoolId: filter.schoolId,
    });
    return this.page(
      { ...where, index: 'posts_school_hot' },
      page,
      'p.hot_at',
      (at) => this.sql.time(new Date(at)),
      (r) => ({ value: toTime(r.hot_at!).getTime(), id: r.id }),
    );
  }

  listBestPosts(filter: BestFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const where = this.visible(
      filter.includeHidden,
      ['p.school_id = :schoolId', 'p.created_at >= :from', 'p.created_at < :to', 'p.like_count >= :minLikes'],
      {
        schoolId: filter.schoolId,
        from: this.sql.time(filter.from),
        to: this.sql.time(filter.to),
        minLikes: filter.minLikeCount,
      },
    );
    return this.page(
      { ...where, index: 'posts_school_best' },
      page,
      'p.like_count',
      (n) => n,
      (r) => ({ value: Number(r.like_count), id: r.id }),
    );
  }

  listPostsByAuthor(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const where = this.visible(filter.includeHidden, ['p.author_id = :userId'], { userId: filter.userId });
    return this.byTime({ ...where, index: 'posts_author' }, page);
  }

  listPostsCommentedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const live = `c.deleted_at IS NULL${filter.includeHidden ? '' : ' AND c.hidden_at IS NULL'}`;
    const mine = `EXISTS (SELECT 1 FROM comments c WHERE c.author_id = :userId AND c.post_id = p.id AND ${live})`;
    return this.byTime(this.visible(filter.includeHidden, [mine], { userId: filter.userId }), page);
  }

  async listPostsScrappedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    const where = this.visible(filter.includeHidden, [], { userId: filter.userId });
    // Ordered by s.post_id (equal to p.id), so the order is the index's (user_id, created_at, post_id): no sort.
    this.after(where, 's.created_at', page.after, (at) => this.sql.time(new Date(at)), 's.post_id');
    const rows = await this.sql.select<SummaryRow & { scrapped_at: Date | string }>(
      `SELECT ${SUMMARY}, s.created_at AS scrapped_at
       FROM post_scraps s JOIN posts p ON p.id = s.post_id ${AUTHOR_JOIN}
       WHERE s.user_id = :userId AND ${where.clauses.join(' AND ')}
       ORDER BY s.created_at DESC, s.post_id DESC ${this.sql.pageLimit(page.limit)}`,
      where.params,
    );
    return mapPage(rows, page, (r) => ({ value: toTime(r.scrapped_at).getTime(), id: r.id }));
  }

  private byTime(where: Where, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.page(
      where,
      page,
      'p.created_at',
      (at) => this.sql.time(new Date(at)),
      (r) => ({ value: toTime(r.created_at).getTime(), id: r.id }),
    );
  }

  private async page(
    where: Where,
    page: PageRequest,
    key: string,
    toParam: (value: number) => unknown,
    keyOf: (row: SummaryRow) => Keyset,
  ): Promise<Page<PostSummaryRecord>> {
    this.after(where, key, page.after, toParam);
    const rows = await this.sql.select<SummaryRow>(
      `SELECT ${SUMMARY} FROM posts p${where.index ? this.sql.forceIndex(where.index) : ''} ${AUTHOR_JOIN}
       WHERE ${where.clauses.join(' AND ')}
       ORDER BY ${key} DESC, p.id DESC ${this.sql.pageLimit(page.limit)}`,
      where.params,
    );
    return mapPage(rows, page, keyOf);
  }

  /** Keyset condition for "descending by (key, id)": strictly after the cursor. */
  private after(
    where: Where,
    key: string,
    after: Keyset | null,
    toParam: (value: number) => unknown,
    id = 'p.id',
  ): void {
    if (!after) return;
    where.clauses.push(`(${key} < :afterValue OR (${key} = :afterValue AND ${id} < :afterId))`);
    where.params.afterValue = toParam(after.value);
    where.params.afterId = after.id;
  }

  private visible(includeHidden: boolean, clauses: string[], params: Record<string, unknown>): Where {
    return {
      clauses: [...clauses, 'p.deleted_at IS NULL', ...(includeHidden ? [] : ['p.hidden_at IS NULL'])],
      params,
    };
  }

  /** Case-insensitive substring; `!` escapes `%`, `_` and itself, on MySQL and SQLite alike. */
  private search(where: Where, q: string): void {
    where.clauses.push(
      "(LOWER(p.title) LIKE :pattern ESCAPE '!' OR LOWER(p.content) LIKE :pattern ESCAPE '!')",
    );
    where.params.pattern = `%${q.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
  }
}

function mapPage<R extends SummaryRow>(
  rows: R[],
  page: PageRequest,
  keyOf: (row: R) => Keyset,
): Page<PostSummaryRecord> {
  const built = pageFrom(rows, page.limit, keyOf);
  return { items: built.items.map(summaryFromRow), next: built.next };
}
