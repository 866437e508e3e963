import { isoTime } from '@campus/adapters/system';
import type { AuditEntryDto, ModerationOutcome, ReportCaseDto } from '@campus/application';

/** Admins' answers, field by field like every presenter. */
export function presentReportCase(item: ReportCaseDto) {
  return {
    target: {
      type: item.target.type,
      id: item.target.id,
      postId: item.target.postId,
      boardId: item.target.boardId,
      excerpt: item.target.excerpt,
    },
    hidden: item.hidden,
    reportCount: item.reportCount,
    reasons: { ...item.reasons },
    firstReportedAt: isoTime(item.firstReportedAt),
    lastReportedAt: isoTime(item.lastReportedAt),
    author: { id: item.author.id, username: item.author.username },
    resolution: item.resolution,
    resolvedAt: item.resolvedAt ? isoTime(item.resolvedAt) : null,
  };
}

export function presentOutcome(outcome: ModerationOutcome) {
  return {
    target: { type: outcome.target.type, id: outcome.target.id },
    hidden: outcome.hidden,
    resolvedReports: outcome.resolvedReports,
  };
}

export function presentAuditEntry(entry: AuditEntryDto) {
  return {
    id: entry.id,
    actorId: entry.actorId,
    action: entry.action,
    target: { type: entry.target.type, id: entry.target.id },
    detail: entry.detail,
    at: isoTime(entry.at),
  };
}
