import type {
  AuditEntry,
  BoardId,
  PostId,
  ReasonCounts,
  ReportCaseStatus,
  ReportTargetType,
  Resolution,
  SchoolId,
  UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/** A report case as the SQL table holds it. */
export interface CaseRow {
  id: string;
  status: ReportCaseStatus;
  targetType: ReportTargetType;
  targetId: string;
  postId: PostId | null;
  boardId: BoardId | null;
  schoolId: SchoolId | null;
  authorId: UserId;
  reportCount: number;
  countedCount: number;
  reasons: ReasonCounts;
  firstReportedAt: Date;
  lastReportedAt: Date;
  resolution: Resolution | null;
  resolvedBy: UserId | null;
  resolvedAt: Date | null;
}

export const moderationTables = (db: MemoryDatabase) => ({
  cases: () => db.table<CaseRow>('report_cases'),
  /** targetKey → id of the open case: the unique index that allows one open case per target. */
  openCases: () => db.table<string>('report_cases_open'),
  audit: () => db.table<AuditEntry>('admin_audit_log'),
});

export type ModerationTables = ReturnType<typeof moderationTables>;
