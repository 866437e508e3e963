import {
  pageFrom,
  targetKey,
  type Page,
  type PageRequest,
  type PostId,
  type ReportCaseFilter,
  type ReportCaseQueries,
  type ReportCaseRecord,
  type ReportTargetType,
} from '@campus/domain';
import type { Sql } from '../sql.js';
import { caseFromRow, REASON_COLUMNS, type CaseListRow } from './moderation-rows.js';

/**
 * The moderation queue: one keyset-paginated statement per page, walking the queue index from
 * the cursor down, its target and author joined by primary (or unique) keys.
 */
export class SequelizeReportCaseQueries implements ReportCaseQueries {
  constructor(private readonly sql: Sql) {}

  async listCases(filter: ReportCaseFilter, page: PageRequest): Promise<Page<ReportCaseRecord>> {
    const clauses = ['rc.status = :status'];
    const params: Record<string, unknown> = { status: filter.status };
    if (filter.schoolId !== undefined) {
      clauses.push('rc.school_id = :schoolId');
      params.schoolId = filter.schoolId;
    }
    if (page.after) {
      clauses.push('(rc.report_count < :afterValue OR (rc.report_count = :afterValue AND rc.id < :afterId))');
      params.afterValue = page.after.value;
      params.afterId = page.after.id;
    }
    // A deleted target leaves the queue: there is nothing left to restore or dismiss.
    // Messages are never deleted (a member's deleting a conversation only takes it off their list).
    clauses.push(
      '(p.deleted_at IS NULL AND p.id IS NOT NULL OR m.deleted_at IS NULL AND m.id IS NOT NULL OR g.id IS NOT NULL)',
    );
    const index = filter.schoolId === undefined ? 'report_cases_queue' : 'report_cases_school_queue';
    const rows = await this.sql.select<CaseListRow>(
      `SELECT rc.id, rc.status, rc.target_type, rc.target_id, rc.post_id, rc.board_id, rc.author_id,
         rc.report_count, ${REASON_COLUMNS.map((c) => `rc.${c}`).join(', ')},
         rc.first_reported_at, rc.last_reported_at, rc.resolution, rc.resolved_at,
         SUBSTR(COALESCE(p.content, m.content, g.content), 1, 100) AS excerpt,
         CASE WHEN p.id IS NOT NULL THEN p.hidden_at WHEN m.id IS NOT NULL THEN m.hidden_at END AS hidden_at,
         u.username
       FROM report_cases rc${this.sql.forceIndex(index)}
       LEFT JOIN posts p ON rc.target_type = 'post' AND p.id = rc.target_id
       LEFT JOIN comments m ON rc.target_type = 'comment' AND m.id = rc.target_id
       LEFT JOIN messages g ON rc.target_type = 'message' AND g.id = rc.target_id
       LEFT JOIN users u ON u.id = rc.author_id
       WHERE ${clauses.join(' AND ')}
       ORDER BY rc.report_count DESC, rc.id DESC ${this.sql.pageLimit(page.limit)}`,
      params,
    );
    const found = pageFrom(rows, page.limit, (r) => ({ value: Number(r.report_count), id: r.id }));
    return { items: found.items.map(caseFromRow), next: found.next };
  }

  async openCountsOnPost(postId: PostId): Promise<Map<string, number>> {
    const rows = await this.sql.select<{
      target_type: string;
      target_id: string;
      report_count: number | string;
    }>(
      "SELECT target_type, target_id, report_count FROM report_cases WHERE post_id = :postId AND status = 'open'",
      { postId },
    );
    return new Map(
      rows.map((r) => [
        targetKey({ type: r.target_type as ReportTargetType, id: r.target_id }),
        Number(r.report_count),
      ]),
    );
  }
}
