import { mysqlTestDatabase } from '@campus/adapters/testing';

export interface StorageUnderTest {
  name: string;
  /** A DATABASE_URL for a fresh, empty store, and how to throw it away. */
  open(): Promise<{ url: string; dispose(): Promise<void> } | null>;
}

/**
 * The HTTP suites run on every storage: memory and SQLite always, MySQL when reachable (and
 * always in CI, where an unreachable MySQL fails the run instead of skipping it).
 */
export const STORAGES: StorageUnderTest[] = [
  { name: 'memory', open: () => Promise.resolve({ url: 'memory', dispose: () => Promise.resolve() }) },
  {
    name: 'sqlite',
    open: () => Promise.resolve({ url: 'sqlite::memory:', dispose: () => Promise.resolve() }),
  },
  {
    name: 'mysql',
    async open() {
      const db = await mysqlTestDatabase();
      return db ? { url: db.url, dispose: () => db.drop() } : null;
    },
  },
];
