import type { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { dialectOf } from '../database.js';
import { identity } from './0001-identity.js';
import { board } from './0002-board.js';
import { catalogue } from './0003-catalogue.js';
import type { Migration } from './migration.js';

/** Every schema change, in order. Append; never edit or reorder one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [identity, board, catalogue];

/**
 * Brings the schema up to date. On MySQL a named lock makes concurrent starts (several
 * instances) take turns instead of racing to create the same tables.
 */
export async function migrate(sequelize: Sequelize): Promise<string[]> {
  const umzug = new Umzug({
    migrations: [...MIGRATIONS],
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
    logger: undefined,
  });
  if (dialectOf(sequelize) !== 'mysql') return (await umzug.up()).map((m) => m.name);
  // The lock belongs to the transaction's connection, held while umzug works on others.
  return sequelize.transaction(async (transaction) => {
    await sequelize.query("SELECT GET_LOCK('campus_migrate', 60)", { transaction });
    try {
      return (await umzug.up()).map((m) => m.name);
    } finally {
      await sequelize.query("SELECT RELEASE_LOCK('campus_migrate')", { transaction });
    }
  });
}

export type { Migration } from './migration.js';
export { TABLE_OPTIONS, id, primaryId, reference, time } from './migration.js';
