import { InMemoryIdempotencyStore, MemoryDatabase, memoryRepositories } from '@campus/adapters/memory';
import type { CacheLayer } from './cache-layer.js';
import { portsModule } from './ports-module.js';
import type { OpenedStorage } from './tokens.js';

/** Everything in this process's memory: for tests, demos and embedding; gone at exit. */
export function openMemoryStorage(cached: CacheLayer): OpenedStorage {
  const db = new MemoryDatabase();
  return {
    kind: 'memory',
    module: portsModule(cached.around(memoryRepositories(db))),
    idempotency: new InMemoryIdempotencyStore(db),
    ping: () => Promise.resolve(true),
    isUnavailable: () => false,
    close: () => Promise.resolve(),
    applied: [],
  };
}
