export * from './errors.js';
export * from './ids.js';
export * from './ports.js';
export * from './pagination.js';
export * from './cache.port.js';
export * from './freeze.js';
export * from './time.js';
export * from './token.js';
