import {
  targetKey,
  type QueuedReport,
  type ReportCaseRepository,
  type ReportTarget,
  type Resolution,
  type UnitOfWork,
  type UserId,
} from '@campus/domain';
import { brokenUniqueIndex } from '../errors.js';
import type { Sql } from '../sql.js';
import { REASON_COLUMNS } from './moderation-rows.js';

/**
 * Report cases in SQL. The caller holds the target's row lock (the board's report write takes it
 * first), so the reports of one target come one at a time; the unique `open_key` stays the judge.
 * A report never asks for a lock on an `open_key` that may be absent: on MySQL that is a gap lock,
 * and two reports of different new posts, each holding one and inserting into the other's gap,
 * deadlock. So the open case is found by a plain read, added to by its primary key, and opened by
 * an INSERT whose duplicate (a case the read could not see yet) falls back to the UPDATE.
 */
export class SequelizeReportCaseRepository implements ReportCaseRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  record(report: QueuedReport): Promise<number> {
    const reason = `reason_${report.reason}`;
    if (!REASON_COLUMNS.includes(reason))
      return Promise.reject(new TypeError(`Not a report reason: ${report.reason}`));
    const openKey = targetKey(report.target);
    const params = { counted: report.counts ? 1 : 0, at: this.sql.time(report.at), openKey };
    const add = `UPDATE report_cases SET report_count = report_count + 1, counted_count = counted_count + :counted,
      ${reason} = ${reason} + 1, last_reported_at = :at WHERE open_key = :openKey`;
    return this.uow.run(async () => {
      const open = await this.sql.one<{ id: string }>(
        'SELECT id FROM report_cases WHERE open_key = :openKey',
        {
          openKey,
        },
      );
      const added = open ? await this.sql.run(`${add} AND id = :id`, { ...params, id: open.id }) : 0;
      if (added === 0) {
        try {
          await this.sql.run(
            `INSERT INTO report_cases (id, status, target_type, target_id, open_key, post_id, board_id, school_id,
               author_id, report_count, counted_count, ${REASON_COLUMNS.join(', ')}, first_reported_at, last_reported_at)
             VALUES (:id, 'open', :type, :targetId, :openKey, :postId, :boardId, :schoolId, :authorId, 1, :counted,
               ${REASON_COLUMNS.map((c) => (c === reason ? '1' : '0')).join(', ')}, :at, :at)`,
            {
              ...params,
              id: report.caseId,
              type: report.target.type,
              targetId: report.target.id,
              postId: report.postId,
              boardId: report.boardId,
              schoolId: report.schoolId,
              authorId: report.authorId,
            },
          );
        } catch (error) {
          if (brokenUniqueIndex(error) === null) throw error;
          await this.sql.run(add, params);
        }
      }
      // The case exists now, so this lock is on its row alone.
      const row = await this.sql.one<{ n: number | string }>(
        `SELECT counted_count AS n FROM report_cases WHERE open_key = :openKey${this.sql.forUpdate}`,
        { openKey },
      );
      return Number(row?.n ?? 0);
    });
  }

  /**
   * Locks the open case if there is one. When there is none the lock is on a gap, which may hold
   * up a report opening a case there until this commits; nothing here then waits on such a report.
   */
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
