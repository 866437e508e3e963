import {
  noReasons,
  targetKey,
  type QueuedReport,
  type ReportCaseRepository,
  type ReportTarget,
  type Resolution,
  type UserId,
} from '@campus/domain';
import { atomic } from '../board/board-tables.js';
import type { MemoryDatabase } from '../memory-database.js';
import { moderationTables, type ModerationTables } from './moderation-tables.js';

/** Each method does its work synchronously: atomic like its SQL statements in one transaction. */
export class InMemoryReportCaseRepository implements ReportCaseRepository {
  private readonly tables: ModerationTables;

  constructor(db: MemoryDatabase) {
    this.tables = moderationTables(db);
  }

  record(report: QueuedReport): Promise<number> {
    return atomic(() => {
      const key = targetKey(report.target);
      const openId = this.tables.openCases().get(key);
      const open = openId === undefined ? undefined : this.tables.cases().get(openId);
      const row = open ?? {
        id: report.caseId,
        status: 'open' as const,
        targetType: report.target.type,
        targetId: report.target.id,
        postId: report.postId,
        boardId: report.boardId,
        schoolId: report.schoolId,
        authorId: report.authorId,
        reportCount: 0,
        countedCount: 0,
        reasons: noReasons(),
        firstReportedAt: new Date(report.at),
        lastReportedAt: new Date(report.at),
        resolution: null,
        resolvedBy: null,
        resolvedAt: null,
      };
      const next = {
        ...row,
        reportCount: row.reportCount + 1,
        countedCount: row.countedCount + (report.counts ? 1 : 0),
        reasons: { ...row.reasons, [report.reason]: row.reasons[report.reason] + 1 },
        lastReportedAt: new Date(report.at),
      };
      this.tables.cases().set(next.id, next);
      this.tables.openCases().set(key, next.id);
      return next.countedCount;
    });
  }

  resolve(target: ReportTarget, resolution: Resolution, by: UserId, at: Date): Promise<number> {
    return atomic(() => {
      const key = targetKey(target);
      const openId = this.tables.openCases().get(key);
      const open = openId === undefined ? undefined : this.tables.cases().get(openId);
      if (!open) return 0;
      this.tables.openCases().delete(key);
      this.tables.cases().set(open.id, {
        ...open,
        status: 'resolved',
        resolution,
        resolvedBy: by,
        resolvedAt: new Date(at),
      });
      return open.reportCount;
    });
  }
}
