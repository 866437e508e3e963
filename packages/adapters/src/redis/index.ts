export * from './redis-client.js';
export * from './redis-guard.js';
export * from './redis-cache.js';
export * from './redis-login-attempt-store.js';
export * from './throttled-reports.js';
