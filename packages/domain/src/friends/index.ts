export * from './friends.errors.js';
export * from './friend-request.entity.js';
export * from './friends.ports.js';
