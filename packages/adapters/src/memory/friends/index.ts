export { InMemoryFriendRequestRepository } from './in-memory-friend-request-repository.js';
export { InMemoryFriendshipRepository } from './in-memory-friendship-repository.js';
export * from './friends.memory-module.js';
