export {
  AlreadyFriends,
  CannotFriendSelf,
  FriendRequestExists,
  FriendRequestNotFound,
  NotFriends,
} from './friends.errors.js';
export {
  friendPair,
  FriendRequest,
  type FriendRequestState,
  type FriendRequestStatus,
  type Friendship,
} from './friend-request.entity.js';
export {
  FRIEND_REQUEST_REPOSITORY,
  type FriendRequestRepository,
  FRIENDSHIP_REPOSITORY,
  type FriendshipRepository,
} from './friends.ports.js';
