import type { Sequelize } from 'sequelize';
import type { Sql } from './sql.js';
import type { SequelizeUnitOfWork, TransactionContext } from './unit-of-work.js';

/** What every feature's Sequelize adapters share: one database, its transactions and queries. */
export interface SequelizeHandle {
  readonly sequelize: Sequelize;
  readonly transactions: TransactionContext;
  readonly unitOfWork: SequelizeUnitOfWork;
  readonly sql: Sql;
}
