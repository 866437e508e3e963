export * from './database.js';
export * from './errors.js';
export * from './unit-of-work.js';
export * from './migrations/index.js';
export * from './identity/identity.models.js';
export * from './identity/sequelize-identity-repositories.js';
export * from './identity/sequelize-session-repository.js';
export * from './sequelize-storage.js';
