export { AuditTrail, auditTrail, type AuditedAction } from './audit-trail.js';
export {
  DismissMessageReports,
  type DismissMessageReportsInput,
} from './dismiss-message-reports.use-case.js';
export { DismissReports } from './dismiss-reports.use-case.js';
export { ListAuditEntries, type ListAuditEntriesInput } from './list-audit-entries.use-case.js';
export { ListReports, type ListReportsInput } from './list-reports.use-case.js';
export { type ModerationOutcome } from './moderated-target.js';
export {
  type AuditEntryDto,
  type ModerationPageDto,
  type ReportCaseDto,
  toAuditEntryDto,
  toReportCaseDto,
} from './moderation.dto.js';
export { moderationUseCases, type ModerationUseCases } from './moderation.use-cases.js';
export { AccountAgeEligibility, reportEligibility, type ReportEligibility } from './report-eligibility.js';
export { ReportQueue, reportQueue, type QueueInput } from './report-queue.js';
export { type ModerateInput, RestoreContent } from './restore-content.use-case.js';
