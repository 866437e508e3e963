export * from './services.js';
export * from './statement-counter.js';
export * from './identity/identity.contract.js';
export * from './board/index.js';
export * from './catalogue/catalogue.contract.js';
export * from './cache/cache.contract.js';
export * from './redis.js';
export * from './tcp-proxy.js';
