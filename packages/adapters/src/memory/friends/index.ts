export { InMemoryFriendRequestRepository } from './in-memory-friend-request-repository.js';
export { InMemoryFriendshipRepository } from './in-memory-friendship-repository.js';
export { memoryFriends } from './friends.memory-module.js';
