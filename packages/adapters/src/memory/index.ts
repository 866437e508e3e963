export * from './memory-database.js';
export * from './board/index.js';
