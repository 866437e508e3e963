export * from './in-memory-school-repository.js';
export * from './in-memory-user-repository.js';
export * from './in-memory-session-repository.js';
export * from './in-memory-login-attempt-store.js';
export * from './identity.memory-module.js';
