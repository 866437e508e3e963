import { MemoryAdapters } from '@campus/adapters';
import type { CacheLayer } from './cache-layer.js';
import { storesModule } from './stores-module.js';
import type { OpenedStorage } from './tokens.js';

/** Everything in this process's memory: for tests, demos and embedding; gone at exit. */
export function openMemoryStorage(cached: CacheLayer): OpenedStorage {
  const adapters = new MemoryAdapters();
  return {
    kind: 'memory',
    module: storesModule(adapters, cached),
    idempotency: adapters.idempotency,
    ping: () => Promise.resolve(true),
    isUnavailable: () => false,
    close: () => Promise.resolve(),
    applied: [],
  };
}
