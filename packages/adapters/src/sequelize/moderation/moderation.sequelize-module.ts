import { AUDIT_LOG, REPORT_CASE_QUERIES, REPORT_CASE_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeAuditLog } from './sequelize-audit-log.js';
import { SequelizeReportCaseQueries } from './sequelize-report-case-queries.js';
import { SequelizeReportCaseRepository } from './sequelize-report-case-repository.js';

/** The moderation queue and the audit trail in SQL (migration 0010). */
export const sequelizeModeration: AdapterModule<SequelizeHandle> = ({ sql, unitOfWork }) => [
  provide(REPORT_CASE_REPOSITORY, new SequelizeReportCaseRepository(sql, unitOfWork)),
  provide(REPORT_CASE_QUERIES, new SequelizeReportCaseQueries(sql)),
  provide(AUDIT_LOG, new SequelizeAuditLog(sql)),
];
