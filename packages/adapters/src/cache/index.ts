export * from './cached-identity-repositories.js';
export * from './cached-course-repositories.js';
export * from './cached-board-queries.js';
