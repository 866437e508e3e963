export * from './cached-identity-repositories.js';
