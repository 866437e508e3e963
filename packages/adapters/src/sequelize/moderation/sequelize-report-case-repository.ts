import {
  targetKey,
  type QueuedReport,
  type ReportCaseRepository,
  type ReportTarget,
  type Resolution,
  type UnitOfWork,
  type UserId,
} from '@campus/domain';
import type { Sql } from '../sql.js';
import { REASON_COLUMNS } from './moderation-rows.js';

/**
 * Report cases in SQL. A report adds to the open case by one relative UPDATE through the unique
 * `open_key`, or opens one; the caller holds the target's row lock (the board's report write
 * takes it), so two reports of one target never both open a case, and the unique index would
 * refuse the second if they did.
 */
export class SequelizeReportCaseRepository implements ReportCaseRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  record(report: QueuedReport): Promise<number> {
    const reason = `reason_${report.reason}`;
    if (!REASON_COLUMNS.includes(reason)) throw new TypeError(`Not a report reason: ${report.reason}`);
    const openKey = targetKey(report.target);
    const at = this.sql.time(report.at);
    const counted = report.counts ? 1 : 0;
    return this.uow.run(async () => {
      const added = await this.sql.run(
        `UPDATE report_cases SET report_count = report_count + 1, counted_count = counted_count + :counted,
           ${reason} = ${reason} + 1, last_reported_at = :at WHERE open_key = :openKey`,
        { counted, at, openKey },
      );
      if (added === 0) {
        await this.sql.run(
          `INSERT INTO report_cases (id, status, target_type, target_id, open_key, post_id, board_id, school_id,
             author_id, report_count, counted_count, ${REASON_COLUMNS.join(', ')}, first_reported_at, last_reported_at)
           VALUES (:id, 'open', :type, :targetId, :openKey, :postId, :boardId, :schoolId, :authorId, 1, :counted,
             ${REASON_COLUMNS.map((c) => (c === reason ? '1' : '0')).join(', ')}, :at, :at)`,
          {
            id: report.caseId,
            type: report.target.type,
            targetId: report.target.id,
            openKey,
            postId: report.postId,
            boardId: report.boardId,
            schoolId: report.schoolId,
            authorId: report.authorId,
            counted,
            at,
          },
        );
      }
      const row = await this.sql.one<{ n: number | string }>(
        'SELECT counted_count AS n FROM report_cases WHERE open_key = :openKey',
        { openKey },
      );
      return Number(row?.n ?? 0);
    });
  }

  resolve(target: ReportTarget, resolution: Resolution, by: UserId, at: Date): Promise<number> {
    const openKey = targetKey(target);
    return this.uow.run(async () => {
      const open = await this.sql.one<{ id: string; report_count: number | string }>(
        `SELECT id, report_count FROM report_cases WHERE open_key = :openKey${this.sql.forUpdate}`,
        { openKey },
      );
      if (!open) return 0;
      await this.sql.run(
        `UPDATE report_cases SET status = 'resolved', open_key = NULL, resolution = :resolution,
           resolved_by = :by, resolved_at = :at WHERE id = :id`,
        { id: open.id, resolution, by, at: this.sql.time(at) },
      );
      return Number(open.report_count);
    });
  }
}
