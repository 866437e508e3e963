import {
  BLOCK_REPOSITORY as BLOCKS,
  CLOCK,
  FRIEND_REQUEST_REPOSITORY as REQUESTS,
  FRIENDSHIP_REPOSITORY as FRIENDSHIPS,
  ID_GENERATOR as IDS,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { writeGuard } from '../limits/write-guard.js';
import { notifier } from '../notifications/notifier.js';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { AcceptFriendRequest } from './accept-friend-request.use-case.js';
import { DeleteFriendRequest } from './delete-friend-request.use-case.js';
import { ListFriendRequests } from './list-friend-requests.use-case.js';
import { ListFriends } from './list-friends.use-case.js';
import { RemoveFriend } from './remove-friend.use-case.js';
import { SendFriendRequest } from './send-friend-request.use-case.js';

/** Friend requests and friendships. */
export const friendsUseCases = {
  sendFriendRequest: useCase(SendFriendRequest, [
    UOW,
    USERS,
    REQUESTS,
    FRIENDSHIPS,
    IDS,
    CLOCK,
    writeGuard,
    BLOCKS,
    notifier,
  ]),
  listFriendRequests: useCase(ListFriendRequests, [REQUESTS, USERS]),
  acceptFriendRequest: useCase(AcceptFriendRequest, [
    UOW,
    REQUESTS,
    FRIENDSHIPS,
    USERS,
    CLOCK,
    BLOCKS,
    notifier,
  ]),
  deleteFriendRequest: useCase(DeleteFriendRequest, [REQUESTS]),
  listFriends: useCase(ListFriends, [FRIENDSHIPS, USERS]),
  removeFriend: useCase(RemoveFriend, [FRIENDSHIPS]),
};

export type FriendsUseCases = UseCasesOf<typeof friendsUseCases>;
