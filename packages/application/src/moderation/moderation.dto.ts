import type {
  AuditEntry,
  Keyset,
  ReasonCounts,
  ReportCaseRecord,
  ReportTargetType,
  Resolution,
} from '@campus/domain';

/** One entry of the moderation queue, for admins only. */
export interface ReportCaseDto {
  /** `postId` and `boardId` are null for a message. */
  target: {
    type: ReportTargetType;
    id: string;
    postId: string | null;
    boardId: string | null;
    excerpt: string;
  };
  hidden: boolean;
  reportCount: number;
  reasons: ReasonCounts;
  firstReportedAt: Date;
  lastReportedAt: Date;
  author: { id: string | null; username: string | null };
  /** How the case was resolved; null while it is open. */
  resolution: Resolution | null;
  resolvedAt: Date | null;
}

export interface AuditEntryDto {
  id: string;
  actorId: string;
  action: string;
  target: { type: string; id: string };
  detail: Record<string, unknown>;
  at: Date;
}

export interface ModerationPageDto<T> {
  items: T[];
  next: Keyset | null;
}

export function toReportCaseDto(record: ReportCaseRecord): ReportCaseDto {
  return {
    target: {
      type: record.targetType,
      id: record.targetId,
      postId: record.postId,
      boardId: record.boardId,
      excerpt: record.excerpt,
    },
    hidden: record.hidden,
    reportCount: record.reportCount,
    reasons: { ...record.reasons },
    firstReportedAt: record.firstReportedAt,
    lastReportedAt: record.lastReportedAt,
    author: { id: record.authorId, username: record.authorUsername },
    resolution: record.resolution,
    resolvedAt: record.resolvedAt,
  };
}

export function toAuditEntryDto(entry: AuditEntry): AuditEntryDto {
  return {
    id: entry.id,
    actorId: entry.actorId,
    action: entry.action,
    target: { type: entry.targetType, id: entry.targetId },
    detail: { ...entry.detail },
    at: entry.at,
  };
}
