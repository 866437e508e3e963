import { token, type Token } from './token.js';
/**
 * A shared cache of strings with time-to-live: Redis when configured, else in-process. It holds
 * only what can be rebuilt from the database. Implementations never fail a caller because the
 * cache is down: reads answer a miss, writes and deletes are dropped (and logged by the adapter),
 * so a request the database can answer is answered.
 */
export interface Cache {
  get(key: string): Promise<string | null>;
  getMany(keys: readonly string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets only when the key is absent; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  delete(keys: readonly string[]): Promise<void>;
  /** Whether the backing store answers now (for readiness); in-process caches always do. */
  ping(): Promise<boolean>;
}
export const CACHE: Token<Cache> = token('Cache');
