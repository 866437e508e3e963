import { MemoryAdapters } from '@campus/adapters';
import type { CacheLayer } from './cache-layer.js';
import { storesModule } from './stores-module.js';
import type { OpenedStorage } from './tokens.js';

/** Everything in this process's memory: for tests, demos and embedding; gone at exit. */
export function openMemoryStorage(cached: CacheLayer): OpenedStorage {
  return {
    kind: 'memory',
    module: storesModule(new MemoryAdapters(), cached),
    ping: () => Promise.resolve(true),
    isUnavailable: () => false,
    close: () => Promise.resolve(),
  };
}
