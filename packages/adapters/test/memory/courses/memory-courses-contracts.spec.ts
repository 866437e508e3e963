import { MemoryAdapters } from '../../../src/memory/index.js';
import { coursesContract } from '../../../src/testing/index.js';

coursesContract('memory', () => {
  const adapters = new MemoryAdapters();
  return Promise.resolve({ ...adapters, uow: adapters.unitOfWork });
});
