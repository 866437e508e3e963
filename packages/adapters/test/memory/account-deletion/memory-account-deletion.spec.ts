import { ACCOUNT_REMOVAL, BOARD_ERASURE, ERASED_IDS } from '@campus/domain';
import { MemoryAdapters } from '../../../src/memory/index.js';
import { accountDeletionContract } from '../../../src/testing/index.js';

accountDeletionContract('memory', () => {
  const adapters = new MemoryAdapters();
  return Promise.resolve({
    ...adapters,
    queries: adapters.postQueries,
    uow: adapters.unitOfWork,
    removal: adapters.ports.get(ACCOUNT_REMOVAL),
    boardErasure: adapters.ports.get(BOARD_ERASURE),
    ids: adapters.ports.get(ERASED_IDS),
  });
});
