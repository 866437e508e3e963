import { SequelizeAdapters, type SequelizeOptions } from '../../src/sequelize/index.js';
import { mysqlTestDatabase } from '../../src/testing/index.js';

export interface SqlTarget {
  name: 'sqlite' | 'mysql';
  /** Freshly migrated adapters on an empty database, or null when the suite must skip. */
  open(options?: SequelizeOptions): Promise<{ adapters: SequelizeAdapters; dispose(): Promise<void> } | null>;
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
    async open(options) {
      const db = await mysqlTestDatabase();
      if (!db) return null;
      const adapters = await SequelizeAdapters.open(db.url, options);
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
