export * from './identity/index.js';
export * from './board/index.js';
export * from './friends/index.js';
export * from './courses/index.js';
export * from './timetables/index.js';
export * from './shared/use-case.js';
export * from './features.js';
