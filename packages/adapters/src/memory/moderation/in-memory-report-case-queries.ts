import {
  pageFrom,
  previewOf,
  targetKey,
  type Page,
  type PageRequest,
  type MessageState,
  type PostId,
  type ReportCaseFilter,
  type ReportCaseQueries,
  type ReportCaseRecord,
  type UserRepository,
} from '@campus/domain';
import { boardTables, clone, type BoardTables } from '../board/board-tables.js';
import type { MemoryDatabase } from '../memory-database.js';
import { moderationTables, type CaseRow, type ModerationTables } from './moderation-tables.js';

export class InMemoryReportCaseQueries implements ReportCaseQueries {
  private readonly tables: ModerationTables;
  private readonly board: BoardTables;

  constructor(
    private readonly db: MemoryDatabase,
    private readonly users: UserRepository,
  ) {
    this.tables = moderationTables(db);
    this.board = boardTables(db);
  }

  async listCases(filter: ReportCaseFilter, page: PageRequest): Promise<Page<ReportCaseRecord>> {
    const after = page.after;
    const rows = [...this.tables.cases().values()]
      .filter((row) => row.status === filter.status)
      .filter((row) => filter.schoolId === undefined || row.schoolId === filter.schoolId)
      .filter(
        (row) =>
          !after || row.reportCount < after.value || (row.reportCount === after.value && row.id < after.id),
      )
      .sort((a, b) => b.reportCount - a.reportCount || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .flatMap((row) => this.withTarget(row))
      .slice(0, page.limit + 1);
    const found = pageFrom(rows, page.limit, (r) => ({ value: r.row.reportCount, id: r.row.id }));
    const authors = await this.users.findManyByIds(found.items.map((r) => r.row.authorId));
    const names = new Map(authors.map((user) => [user.id, user.username]));
    const items = found.items.map(({ row, content, hidden }) =>
      toRecord(clone(row), content, hidden, names.get(row.authorId) ?? null),
    );
    return { items, next: found.next };
  }

  openCountsOnPost(postId: PostId): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const row of this.tables.cases().values()) {
      if (row.status === 'open' && row.postId === postId)
        counts.set(targetKey({ type: row.targetType, id: row.targetId }), row.reportCount);
    }
    return Promise.resolve(counts);
  }

  /** The case's target as it is now; none when it was deleted (then it is not listed). */
  private withTarget(row: CaseRow): { row: CaseRow; content: string; hidden: boolean }[] {
    if (row.targetType === 'message') {
      // Messages are never deleted, and reports of them hide nothing.
      const message = this.db.table<MessageState>('messages').get(row.targetId);
      return message ? [{ row, content: message.content, hidden: false }] : [];
    }
    const target =
      row.targetType === 'post'
        ? this.board.posts().get(row.targetId)
        : this.board.comments().get(row.targetId);
    if (!target || target.deletedAt !== null) return [];
    return [{ row, content: target.content, hidden: target.hiddenAt !== null }];
  }
}

function toRecord(row: CaseRow, content: string, hidden: boolean, username: string | null): ReportCaseRecord {
  return {
    id: row.id,
    status: row.status,
    targetType: row.targetType,
    targetId: row.targetId,
    postId: row.postId,
    boardId: row.boardId,
    excerpt: previewOf(content),
    hidden,
    reportCount: row.reportCount,
    reasons: row.reasons,
    firstReportedAt: row.firstReportedAt,
    lastReportedAt: row.lastReportedAt,
    // The id of a deleted account leads nowhere, and is not shown.
    authorId: username === null ? null : row.authorId,
    authorUsername: username,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
  };
}
