import { BLOCK_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeBlockRepository } from './sequelize-block-repository.js';

/** Blocks in SQL. */
export const sequelizeBlocking: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(BLOCK_REPOSITORY, new SequelizeBlockRepository(sql)),
];
