import { BLOCK_REPOSITORY, BLOCKS_ERASURE } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryBlockRepository } from './in-memory-block-repository.js';
import { InMemoryBlocksErasure } from './in-memory-blocks-erasure.js';

/** Blocks, in memory. */
export const memoryBlocking: AdapterModule<MemoryDatabase> = (db) => [
  provide(BLOCK_REPOSITORY, new InMemoryBlockRepository(db)),
  provide(BLOCKS_ERASURE, new InMemoryBlocksErasure(db)),
];
