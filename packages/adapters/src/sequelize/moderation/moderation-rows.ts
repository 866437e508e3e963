import {
  BoardId,
  PostId,
  REPORT_REASONS,
  UserId,
  previewOf,
  type AuditEntry,
  type ReasonCounts,
  type ReportCaseRecord,
  type ReportCaseStatus,
  type ReportTargetType,
  type Resolution,
} from '@campus/domain';
import { toTime, toTimeOrNull } from '../sql.js';

/** A queue row: the case with its target's excerpt and state and its author's username. */
export interface CaseListRow {
  id: string;
  status: string;
  target_type: string;
  target_id: string;
  post_id: string | null;
  board_id: string | null;
  author_id: string;
  report_count: number | string;
  first_reported_at: Date | string;
  last_reported_at: Date | string;
  resolution: string | null;
  resolved_at: Date | string | null;
  excerpt: string;
  hidden_at: Date | string | null;
  /** Null once the author's account is deleted. */
  username: string | null;
  [reason: `reason_${string}`]: number | string;
}

export interface AuditRow {
  id: string;
  actor_id: string;
  action: string;
  target_type: string;
  target_id: string;
  detail: string;
  acted_at: Date | string;
}

/** The reason columns, from the domain's list: names trusted in statement text. */
export const REASON_COLUMNS = REPORT_REASONS.map((reason) => `reason_${reason}`);

export function caseFromRow(row: CaseListRow): ReportCaseRecord {
  const reasons = Object.fromEntries(
    REPORT_REASONS.map((reason) => [reason, Number(row[`reason_${reason}`] ?? 0)]),
  ) as ReasonCounts;
  return {
    id: row.id,
    status: row.status as ReportCaseStatus,
    targetType: row.target_type as ReportTargetType,
    targetId: row.target_id,
    postId: row.post_id === null ? null : PostId(row.post_id),
    boardId: row.board_id === null ? null : BoardId(row.board_id),
    excerpt: previewOf(row.excerpt),
    hidden: row.hidden_at !== null,
    reportCount: Number(row.report_count),
    reasons,
    firstReportedAt: toTime(row.first_reported_at),
    lastReportedAt: toTime(row.last_reported_at),
    // The id of a deleted account leads nowhere, and is not shown.
    authorId: row.username === null ? null : UserId(row.author_id),
    authorUsername: row.username,
    resolution: row.resolution as Resolution | null,
    resolvedAt: toTimeOrNull(row.resolved_at),
  };
}

export function auditFromRow(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    actorId: UserId(row.actor_id),
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    at: toTime(row.acted_at),
  };
}
