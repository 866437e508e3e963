import type { MessageId } from '../messages/messages.ids.js';
import type { CommentId, PostId } from '../shared/ids.js';
import { REPORT_REASONS, type ReportReason } from '../board/board.values.js';

/** What reports name: a post, a comment or a message (whose reports hide nothing). */
export type ReportTargetType = 'post' | 'comment' | 'message';
/** What reports can hide, and admins restore: posts and comments. */
export type ContentTargetType = Exclude<ReportTargetType, 'message'>;

export type ReportTarget =
  { type: 'post'; id: PostId } | { type: 'comment'; id: CommentId } | { type: 'message'; id: MessageId };

/** A case is open while its reports wait for an admin; restore and dismiss resolve it. */
export const REPORT_CASE_STATUSES = ['open', 'resolved'] as const;
export type ReportCaseStatus = (typeof REPORT_CASE_STATUSES)[number];

/** How an admin resolved a case. */
export type Resolution = 'restored' | 'dismissed';

/** Reports of a case by reason, every reason present (zero when none). */
export type ReasonCounts = Record<ReportReason, number>;

export function noReasons(): ReasonCounts {
  return Object.fromEntries(REPORT_REASONS.map((reason) => [reason, 0])) as ReasonCounts;
}

/** The key of a target among every post, comment and message: ids are unique per table only. */
export function targetKey(target: { type: ReportTargetType; id: string }): string {
  return `${target.type}:${target.id}`;
}
