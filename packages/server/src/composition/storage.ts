import type { ContainerModule } from 'inversify';
import { openMemoryStorage } from './memory-storage.js';
import type { Storage } from './tokens.js';

/** A storage backend, opened and migrated, with the module that binds its repositories. */
export interface OpenedStorage extends Storage {
  module: ContainerModule;
}

/** Picks the adapter set from DATABASE_URL. */
export function openStorage(databaseUrl: string): Promise<OpenedStorage> {
  if (databaseUrl === 'memory') return Promise.resolve(openMemoryStorage());
  return Promise.reject(new Error(`storage not available yet: ${databaseUrl}`));
}
