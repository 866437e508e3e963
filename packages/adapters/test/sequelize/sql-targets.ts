import { QueryTypes } from 'sequelize';
import {
  SequelizeAdapters,
  createSequelize,
  migrate,
  prepareSqlite,
  type SequelizeOptions,
} from '../../src/sequelize/index.js';
import { mysqlTestDatabase, type MigratedDatabaseOptions } from '../../src/testing/index.js';

export interface SqlTarget {
  name: 'sqlite' | 'mysql';
  /** Migrated adapters on a database with no rows, or null when the suite must skip. */
  open(
    options?: SequelizeOptions,
    database?: MigratedDatabaseOptions,
  ): Promise<{ adapters: SequelizeAdapters; dispose(): Promise<void> } | null>;
}

export const SQL_TARGETS: SqlTarget[] = [
  {
    name: 'sqlite',
    async open(options) {
      const adapters = await openSqlite(options);
      return { adapters, dispose: () => adapters.close() };
    },
  },
  {
    name: 'mysql',
    // The run's one migrated database, emptied: migrating a new one for every test cost most of
    // the suite's time.
    async open(options, database) {
      const db = await mysqlTestDatabase(database);
      if (!db) return null;
      const adapters = await SequelizeAdapters.open(db.url, options).catch(async (error: unknown) => {
        await db.drop();
        throw error;
      });
      return {
        adapters,
        async dispose() {
          await adapters.close();
          await db.drop();
        },
      };
    },
  },
];

/** The schema the migrations made in the first SQLite database of the run, and what they recorded. */
let sqliteTemplate: Promise<{ ddl: string[]; applied: string[] }> | undefined;

/**
 * An in-memory SQLite database, migrated: the first one by the migrations themselves, every later
 * one by replaying the schema they made (its CREATE statements and the record of what ran), which
 * is a fraction of running them again. `migrate` then finds nothing to do, as on any database
 * that is up to date.
 */
async function openSqlite(options?: SequelizeOptions): Promise<SequelizeAdapters> {
  if (!sqliteTemplate) {
    const first = SequelizeAdapters.open('sqlite::memory:', options);
    sqliteTemplate = first.then(async ({ sequelize }) => {
      const ddl = await sequelize.query<{ sql: string }>(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
        { type: QueryTypes.SELECT },
      );
      const applied = await sequelize.query<{ name: string }>('SELECT name FROM schema_migrations', {
        type: QueryTypes.SELECT,
      });
      return { ddl: ddl.map((r) => r.sql), applied: applied.map((r) => r.name) };
    });
    await sqliteTemplate;
    return first;
  }
  const { ddl, applied } = await sqliteTemplate;
  const sequelize = createSequelize('sqlite::memory:', options);
  await prepareSqlite(sequelize, 'sqlite::memory:');
  for (const statement of ddl) await sequelize.query(statement);
  for (const name of applied) {
    await sequelize.query('INSERT INTO schema_migrations (name) VALUES (:name)', { replacements: { name } });
  }
  await migrate(sequelize);
  return new SequelizeAdapters(sequelize);
}
