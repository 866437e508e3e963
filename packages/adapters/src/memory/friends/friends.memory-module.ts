import { FRIEND_REQUEST_REPOSITORY, FRIENDSHIP_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryFriendRequestRepository } from './in-memory-friend-request-repository.js';
import { InMemoryFriendshipRepository } from './in-memory-friendship-repository.js';

/** Friend requests and friendships in memory. */
export const memoryFriends: AdapterModule<MemoryDatabase> = (db) => [
  provide(FRIEND_REQUEST_REPOSITORY, new InMemoryFriendRequestRepository(db)),
  provide(FRIENDSHIP_REPOSITORY, new InMemoryFriendshipRepository(db)),
];
