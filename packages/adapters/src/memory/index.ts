export * from './memory-database.js';
export * from './identity/index.js';
export * from './board/index.js';
export * from './friends/index.js';
export * from './courses/index.js';
export * from './timetables/index.js';
export * from './cache/in-process-cache.js';
export * from './memory-adapters.js';
