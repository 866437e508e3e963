export * from './memory/index.js';
export * from './system/index.js';
export * from './security/index.js';
export * from './sequelize/index.js';
