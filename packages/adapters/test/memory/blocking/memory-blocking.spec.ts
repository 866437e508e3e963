import { MemoryAdapters } from '../../../src/memory/index.js';
import { blockRepositoryContract } from '../../../src/testing/index.js';

blockRepositoryContract('memory', () => {
  const adapters = new MemoryAdapters();
  return Promise.resolve({ ...adapters, queries: adapters.postQueries, uow: adapters.unitOfWork });
});
