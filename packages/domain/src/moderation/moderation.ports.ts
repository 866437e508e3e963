import { token, type Token } from '../shared/token.js';
import type { BoardId, PostId, SchoolId, UserId } from '../shared/ids.js';
import type { Page, PageRequest } from '../shared/pagination.js';
import type { ReportReason } from '../board/board.values.js';
import type {
  ReasonCounts,
  ReportCaseStatus,
  ReportTarget,
  ReportTargetType,
  Resolution,
} from './moderation.values.js';

/** One report as the moderation queue records it; the report row itself is the board's. */
export interface QueuedReport {
  /** The id of the case, used only when this report opens one. */
  caseId: string;
  target: ReportTarget;
  /** The post itself, or the comment's post; null for a message. */
  postId: PostId | null;
  boardId: BoardId | null;
  /** The content's school; for a message, its sender's (null for an admin, who has none). */
  schoolId: SchoolId | null;
  authorId: UserId;
  reason: ReportReason;
  /** Whether it counts toward the threshold (the reporter's account is old enough, …). */
  counts: boolean;
  at: Date;
}

/**
 * Report cases: per target, the reports not yet resolved (at most one open case per target,
 * decided by a unique index), and the resolved cases before it. Every method is atomic, and
 * callers run them in the unit of work of the write they belong to, after the target's row is
 * locked (the board's report and hide writes lock it), so reports of one target are serialised.
 */
export interface ReportCaseRepository {
  /** Adds the report to the target's open case, opening one; returns the case's counting reports. */
  record(report: QueuedReport): Promise<number>;
  /** Resolves the target's open case, if any; returns how many reports it resolved. */
  resolve(target: ReportTarget, resolution: Resolution, by: UserId, at: Date): Promise<number>;
}
export const REPORT_CASE_REPOSITORY: Token<ReportCaseRepository> = token('ReportCaseRepository');

export interface ReportCaseRecord {
  id: string;
  status: ReportCaseStatus;
  targetType: ReportTargetType;
  targetId: string;
  /** Null for a message. */
  postId: PostId | null;
  boardId: BoardId | null;
  /** The first 100 characters of the target's current content. */
  excerpt: string;
  hidden: boolean;
  /** Every report of the case, counting toward the threshold or not. */
  reportCount: number;
  reasons: ReasonCounts;
  firstReportedAt: Date;
  lastReportedAt: Date;
  /** The target's author; both null once that account is deleted (the case stays in the queue). */
  authorId: UserId | null;
  authorUsername: string | null;
  resolution: Resolution | null;
  resolvedAt: Date | null;
}

export interface ReportCaseFilter {
  status: ReportCaseStatus;
  schoolId?: SchoolId | undefined;
}

/** Read side of the queue: for admins only (the use cases check), never cached. */
export interface ReportCaseQueries {
  /**
   * Cases of live (not deleted) targets, most reported first: by (reportCount, id) descending,
   * keyset value reportCount; one statement per page at any depth.
   */
  listCases(filter: ReportCaseFilter, page: PageRequest): Promise<Page<ReportCaseRecord>>;
  /** The open report counts of a post and its comments, by `targetKey`; targets without reports left out. */
  openCountsOnPost(postId: PostId): Promise<Map<string, number>>;
}
export const REPORT_CASE_QUERIES: Token<ReportCaseQueries> = token('ReportCaseQueries');

/** One admin action, kept for good: who did what to which target, when, and with what detail. */
export interface AuditEntry {
  id: string;
  actorId: UserId;
  /** `post.restore`, `comment.dismiss-reports`, `user.restrict`, … */
  action: string;
  targetType: string;
  targetId: string;
  /** A small JSON-able object: what the action changed. */
  detail: Record<string, unknown>;
  at: Date;
}

/** The audit trail. `record` joins the caller's unit of work: an action and its entry commit together. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first, by (at, id) descending; keyset value: `at` in epoch ms. */
  list(page: PageRequest): Promise<Page<AuditEntry>>;
}
export const AUDIT_LOG: Token<AuditLog> = token('AuditLog');
