import {
  BLOCK_REPOSITORY,
  BlockedNamesForNotifications,
  BLOCKS_ERASURE,
  NOTIFICATION_BLOCKS,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryBlockRepository } from './in-memory-block-repository.js';
import { InMemoryBlocksErasure } from './in-memory-blocks-erasure.js';

/** Blocks, in memory. */
export const memoryBlocking: AdapterModule<MemoryDatabase> = (db) => {
  const blocks = new InMemoryBlockRepository(db);
  return [
    provide(BLOCK_REPOSITORY, blocks),
    provide(BLOCKS_ERASURE, new InMemoryBlocksErasure(db)),
    provide(NOTIFICATION_BLOCKS, new BlockedNamesForNotifications(blocks)),
  ];
};
