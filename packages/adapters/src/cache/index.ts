export * from './view-cache.js';
export * from './cached-identity-repositories.js';
export * from './cached-course-repositories.js';
export * from './cached-board-stores.js';
