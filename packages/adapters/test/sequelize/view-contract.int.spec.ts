import { InProcessCache } from '../../src/memory/index.js';
import { SequelizeAdapters } from '../../src/sequelize/index.js';
import { SystemClock } from '../../src/system/index.js';
import { accountDeletionStores, viewCacheContract } from '../../src/testing/index.js';

// The SQL unit of work retires after Sequelize's commit: the cache contract on SQLite proves it.
viewCacheContract('sqlite stores, in-process cache', async () => {
  const adapters = await SequelizeAdapters.open('sqlite::memory:');
  const cache = new InProcessCache(new SystemClock());
  return {
    stores: {
      ...adapters,
      ...accountDeletionStores(adapters.ports.get),
      queries: adapters.postQueries,
      uow: adapters.unitOfWork,
    },
    writer: cache,
    reader: cache,
    teardown: () => adapters.close(),
  };
});
