export * from './system-clock.js';
export * from './id-generators.js';
