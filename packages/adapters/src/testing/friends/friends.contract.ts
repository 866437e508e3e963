/// <reference types="mocha" />
import { friendRequestRepositoryContract } from './friend-request-repository.contract.js';
import type { FriendsPortsSetup } from './friends-fixtures.js';
import { friendshipRepositoryContract } from './friendship-repository.contract.js';

export type { FriendsPorts, FriendsPortsSetup } from './friends-fixtures.js';
export { FriendsWorld } from './friends-fixtures.js';
export { friendRequestRepositoryContract, friendshipRepositoryContract };

/** Every friends contract against one implementation. */
export function friendsContract(name: string, setup: FriendsPortsSetup): void {
  friendRequestRepositoryContract(name, setup);
  friendshipRepositoryContract(name, setup);
}
