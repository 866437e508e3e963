export * from './view-cache.js';
export * from './checked-cache.js';
export * from './retiring-writes.js';
export * from './board-retirements.js';
export * from './cached-identity-repositories.js';
export * from './cached-course-repositories.js';
export * from './cached-board-stores.js';
export * from './cache-modules.js';
