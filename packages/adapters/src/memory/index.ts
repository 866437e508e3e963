export * from './memory-database.js';
export * from './identity/index.js';
export * from './board/index.js';
export * from './catalogue/index.js';
export * from './cache/in-process-cache.js';
