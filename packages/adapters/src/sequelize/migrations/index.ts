import { DataTypes, QueryTypes, type ModelStatic, type Model, type Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { dialectOf } from '../database.js';
import { identity } from './0001-identity.js';
import { board } from './0002-board.js';
import { catalogue } from './0003-catalogue.js';
import { commentsByPost } from './0004-comments-by-post.js';
import { identityInput } from './0006-identity-input.js';
import { idempotency } from './0007-idempotency.js';
import { passwordReset } from './0008-password-reset.js';
import { verification } from './0009-verification.js';
import { moderation } from './0010-moderation.js';
import { blocking } from './0011-blocking.js';
import { messages } from './0012-messages.js';
import { notifications } from './0013-notifications.js';
import { accountDeletion } from './0014-account-deletion.js';
import { closedConversations } from './0015-closed-conversations.js';
import { messageReportCases } from './0016-message-report-cases.js';
import { notificationsByAge } from './0017-notifications-by-age.js';
import { blocksOfDepartedAuthors } from './0018-blocks-of-departed-authors.js';
import { messagesToDepartedAuthors } from './0019-messages-to-departed-authors.js';
import { TABLE_OPTIONS, type Migration } from './migration.js';

/** Every schema change, in order. Append; never edit or reorder one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  identity,
  board,
  catalogue,
  commentsByPost,
  identityInput,
  idempotency,
  passwordReset,
  verification,
  moderation,
  blocking,
  messages,
  notifications,
  accountDeletion,
  closedConversations,
  messageReportCases,
  notificationsByAge,
  blocksOfDepartedAuthors,
  messagesToDepartedAuthors,
];

/**
 * Brings the schema up to date. On MySQL a named lock makes concurrent starts (several
 * instances) take turns instead of racing to create the same tables.
 */
export async function migrate(sequelize: Sequelize): Promise<string[]> {
  const umzug = new Umzug({
    migrations: [...MIGRATIONS],
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ model: migrationsModel(sequelize) }),
    logger: undefined,
  });
  if (dialectOf(sequelize) !== 'mysql') return (await umzug.up()).map((m) => m.name);
  // The lock belongs to the transaction's connection, held while umzug works on others. Lock
  // names are server-wide, so the database's name is part of it.
  const name = "LEFT(CONCAT('campus_migrate:', DATABASE()), 64)";
  return sequelize.transaction(async (transaction) => {
    // Asked for a second at a time: every statement is bounded (MYSQL_BOUNDS), and one waiting
    // the whole minute would be cut off while another instance migrates.
    let locked = false;
    for (let attempt = 0; attempt < 60 && !locked; attempt++) {
      const [row] = await sequelize.query<{ locked: number | null }>(
        `SELECT GET_LOCK(${name}, 1) AS locked`,
        {
          transaction,
          type: QueryTypes.SELECT,
        },
      );
      locked = Number(row?.locked) === 1;
    }
    if (!locked) throw new Error('Another instance held the migration lock for 60 s.');
    try {
      return (await umzug.up()).map((m) => m.name);
    } finally {
      await sequelize.query(`SELECT RELEASE_LOCK(${name})`, { transaction });
    }
  });
}

/** The record of applied migrations; umzug's own model would be utf8mb3 on MySQL. */
function migrationsModel(sequelize: Sequelize): ModelStatic<Model> {
  const name = 'SchemaMigration';
  if (sequelize.isDefined(name)) return sequelize.model(name);
  return sequelize.define(
    name,
    { name: { type: DataTypes.STRING(255), allowNull: false, primaryKey: true } },
    { tableName: 'schema_migrations', timestamps: false, ...TABLE_OPTIONS },
  );
}

export type { Migration } from './migration.js';
export { TABLE_OPTIONS, id, primaryId, reference, time } from './migration.js';
