export * from './friends.dto.js';
export * from './send-friend-request.use-case.js';
export * from './list-friend-requests.use-case.js';
export * from './accept-friend-request.use-case.js';
export * from './delete-friend-request.use-case.js';
export * from './list-friends.use-case.js';
export * from './remove-friend.use-case.js';
export * from './friends.use-cases.js';
