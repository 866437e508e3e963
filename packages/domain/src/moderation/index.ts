export {
  accountOldEnough,
  DEFAULT_MODERATION_SETTINGS,
  MODERATION_SETTINGS,
  type ModerationSettings,
} from './moderation.settings.js';
export {
  AUDIT_LOG,
  type AuditEntry,
  type AuditLog,
  type QueuedReport,
  REPORT_CASE_QUERIES,
  REPORT_CASE_REPOSITORY,
  type ReportCaseFilter,
  type ReportCaseQueries,
  type ReportCaseRecord,
  type ReportCaseRepository,
} from './moderation.ports.js';
export {
  noReasons,
  REPORT_CASE_STATUSES,
  type ReasonCounts,
  type ReportCaseStatus,
  type ReportTarget,
  type ReportTargetType,
  type ContentTargetType,
  type Resolution,
  targetKey,
} from './moderation.values.js';
