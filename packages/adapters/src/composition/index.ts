export * from './provisions.js';
