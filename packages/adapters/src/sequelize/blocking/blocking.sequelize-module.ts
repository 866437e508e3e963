import { BLOCK_REPOSITORY, BLOCKS_ERASURE } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeBlockRepository } from './sequelize-block-repository.js';
import { SequelizeBlocksErasure } from './sequelize-blocks-erasure.js';

/** Blocks in SQL. */
export const sequelizeBlocking: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(BLOCK_REPOSITORY, new SequelizeBlockRepository(sql)),
  provide(BLOCKS_ERASURE, new SequelizeBlocksErasure(sql)),
];
