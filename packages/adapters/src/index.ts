export * from './memory/index.js';
export * from './system/index.js';
export * from './security/index.js';
export * from './sequelize/index.js';
export * from './redis/index.js';
export * from './cache/index.js';
export * from './idempotency/idempotency-store.js';
export * from './composition/index.js';
