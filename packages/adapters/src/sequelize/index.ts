export { SequelizeAdapters } from './sequelize-storage.js';
export {
  closeSequelize,
  createSequelize,
  mysqlPools,
  prepareSqlite,
  type MysqlPools,
  type SequelizeOptions,
} from './database.js';
export type { MysqlPool } from './mysql-pool.js';
export { MYSQL_BOUNDS, type MysqlBounds } from './mysql-bounds.js';
export { isDatabaseUnavailable } from './errors.js';
export { SequelizeUnitOfWork, TransactionContext } from './unit-of-work.js';
export { MIGRATIONS, migrate, type Migration } from './migrations/index.js';
export { Sql } from './sql.js';
export type { SequelizeHandle } from './sequelize-handle.js';
export { sequelizeModules } from './sequelize-modules.js';
export {
  SequelizeAuditLog,
  SequelizeReportCaseQueries,
  SequelizeReportCaseRepository,
  sequelizeModeration,
} from './moderation/index.js';
