import {
  BLOCK_REPOSITORY,
  BlockedNamesForNotifications,
  BLOCKS_ERASURE,
  NOTIFICATION_BLOCKS,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeBlockRepository } from './sequelize-block-repository.js';
import { SequelizeBlocksErasure } from './sequelize-blocks-erasure.js';

/** Blocks in SQL. */
export const sequelizeBlocking: AdapterModule<SequelizeHandle> = ({ sql }) => {
  const blocks = new SequelizeBlockRepository(sql);
  return [
    provide(BLOCK_REPOSITORY, blocks),
    provide(BLOCKS_ERASURE, new SequelizeBlocksErasure(sql)),
    provide(NOTIFICATION_BLOCKS, new BlockedNamesForNotifications(blocks)),
  ];
};
