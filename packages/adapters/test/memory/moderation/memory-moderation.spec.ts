import { MemoryAdapters } from '../../../src/memory/index.js';
import { moderationContract, moderationPortsIn } from '../../../src/testing/index.js';

moderationContract('memory', () => {
  const adapters = new MemoryAdapters();
  return Promise.resolve({
    ...adapters,
    queries: adapters.postQueries,
    uow: adapters.unitOfWork,
    ...moderationPortsIn(adapters.ports),
  });
});
