import { SequelizeAdapters, type SequelizeOptions } from '../../src/index.js';
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
      const adapters = await SequelizeAdapters.open('sqlite::memory:', options);
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
