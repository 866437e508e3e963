export * from './redis-client.js';
export * from './redis-cache.js';
export * from './redis-login-attempt-store.js';
