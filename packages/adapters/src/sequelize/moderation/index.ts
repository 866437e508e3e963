export { sequelizeModeration } from './moderation.sequelize-module.js';
export { SequelizeAuditLog } from './sequelize-audit-log.js';
export { SequelizeReportCaseQueries } from './sequelize-report-case-queries.js';
export { SequelizeReportCaseRepository } from './sequelize-report-case-repository.js';
