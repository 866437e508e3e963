export { InMemoryAuditLog } from './in-memory-audit-log.js';
export { InMemoryReportCaseQueries } from './in-memory-report-case-queries.js';
export { InMemoryReportCaseRepository } from './in-memory-report-case-repository.js';
export { memoryModeration } from './moderation.memory-module.js';
