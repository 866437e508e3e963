import { mysqlTestDatabase } from '@campus/adapters/testing';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';

export interface StorageUnderTest {
  name: string;
  /** A DATABASE_URL for a fresh, empty store, and how to throw it away. */
  open(): Promise<{ url: string; dispose(): Promise<void> } | null>;
  /** Settings this storage runs with. */
  env?: Record<string, string>;
}

/**
 * The HTTP suites run on every storage: memory and SQLite always, MySQL when reachable (and
 * always in CI, where an unreachable MySQL fails the run instead of skipping it). SQLite runs with
 * board views uncached, so every suite answers both from the cache and from the database.
 */
export const STORAGES: StorageUnderTest[] = [
  { name: 'memory', open: () => Promise.resolve({ url: 'memory', dispose: () => Promise.resolve() }) },
  {
    name: 'sqlite, board views uncached',
    open: () => Promise.resolve({ url: 'sqlite::memory:', dispose: () => Promise.resolve() }),
    env: { CACHE_BOARD_VIEWS: 'off' },
  },
  {
    name: 'mysql',
    async open() {
      const db = await mysqlTestDatabase();
      return db ? { url: db.url, dispose: () => db.drop() } : null;
    },
  },
];

/**
 * Starts the whole server on a fresh store of `storage`; closing it also throws the store away.
 * Null when the store's service is unreachable outside CI (the suite then skips).
 */
export async function startOn(
  storage: StorageUnderTest,
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp | null> {
  const store = await storage.open();
  if (!store) return null;
  const app = await startTestApp(store.url, { ...storage.env, ...env }, options).catch(
    async (error: unknown) => {
      await store.dispose();
      throw error;
    },
  );
  return {
    ...app,
    async close() {
      await app.close();
      await store.dispose();
    },
  };
}
