import { FRIEND_REQUEST_REPOSITORY, FRIENDSHIP_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeFriendRequestRepository, SequelizeFriendshipRepository } from './sequelize-friends.js';

/** Friend requests and friendships in SQL. */
export const sequelizeFriends: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(FRIEND_REQUEST_REPOSITORY, new SequelizeFriendRequestRepository(sql)),
  provide(FRIENDSHIP_REPOSITORY, new SequelizeFriendshipRepository(sql)),
];
