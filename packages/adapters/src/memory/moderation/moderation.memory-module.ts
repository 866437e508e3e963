import { AUDIT_LOG, REPORT_CASE_QUERIES, REPORT_CASE_REPOSITORY, USER_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryAuditLog } from './in-memory-audit-log.js';
import { InMemoryReportCaseQueries } from './in-memory-report-case-queries.js';
import { InMemoryReportCaseRepository } from './in-memory-report-case-repository.js';

/** The moderation queue and the audit trail in memory; the queue reads authors' usernames. */
export const memoryModeration: AdapterModule<MemoryDatabase> = (db, get) => [
  provide(REPORT_CASE_REPOSITORY, new InMemoryReportCaseRepository(db)),
  provide(REPORT_CASE_QUERIES, new InMemoryReportCaseQueries(db, get(USER_REPOSITORY))),
  provide(AUDIT_LOG, new InMemoryAuditLog(db)),
];
