import { InProcessCache, MemoryAdapters } from '../../../src/memory/index.js';
import { SystemClock } from '../../../src/system/index.js';
import { accountDeletionStores, viewCacheContract } from '../../../src/testing/index.js';

viewCacheContract('in-memory stores, in-process cache', () => {
  const adapters = new MemoryAdapters();
  const cache = new InProcessCache(new SystemClock());
  return Promise.resolve({
    stores: {
      ...adapters,
      ...accountDeletionStores(adapters.ports.get),
      queries: adapters.postQueries,
      uow: adapters.unitOfWork,
    },
    writer: cache,
    reader: cache,
  });
});
