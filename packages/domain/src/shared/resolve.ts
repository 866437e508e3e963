import type { Token } from './token.js';

/** Answers a token with what a composition holds for it: a container's lookup, or a plain map's. */
export type Resolve = <T>(token: Token<T>) => T;
