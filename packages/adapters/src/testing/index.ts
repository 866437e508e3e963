export {};
export * from './board/index.js';
