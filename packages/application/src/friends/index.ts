export { type FriendDto, type FriendRequestDto, profilesOf, toRequestDto } from './friends.dto.js';
export {
  SendFriendRequest,
  type SendFriendRequestInput,
  type SendFriendRequestOutput,
} from './send-friend-request.use-case.js';
export {
  ListFriendRequests,
  type ListFriendRequestsInput,
  type ListFriendRequestsOutput,
} from './list-friend-requests.use-case.js';
export { AcceptFriendRequest, type AcceptFriendRequestInput } from './accept-friend-request.use-case.js';
export { DeleteFriendRequest, type DeleteFriendRequestInput } from './delete-friend-request.use-case.js';
export { ListFriends, type ListFriendsInput } from './list-friends.use-case.js';
export { RemoveFriend, type RemoveFriendInput } from './remove-friend.use-case.js';
export { friendsUseCases, type FriendsUseCases } from './friends.use-cases.js';
