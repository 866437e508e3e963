import type { Cache } from '@campus/domain';
import { withDeadline, type RedisClient } from './redis-client.js';

/**
 * The shared cache on Redis. A Redis fault never reaches the caller: a read is a miss, a write or
 * delete is dropped (the entry then expires by its TTL), and the fault is reported to `onError`.
 */
export class RedisCache implements Cache {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix = 'campus:',
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly timeoutMs = 200,
  ) {}

  async get(key: string): Promise<string | null> {
    return this.safely(() => this.client.get(this.prefix + key), null);
  }

  async getMany(keys: readonly string[]): Promise<(string | null)[]> {
    if (keys.length === 0) return [];
    return this.safely(
      () => this.client.mGet(keys.map((k) => this.prefix + k)),
      keys.map(() => null),
    );
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.safely(
      () => this.client.set(this.prefix + key, value, { PX: Math.max(1, Math.round(ttlMs)) }),
      null,
    );
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const reply = await this.safely(
      () => this.client.set(this.prefix + key, value, { PX: Math.max(1, Math.round(ttlMs)), NX: true }),
      null,
    );
    return reply === 'OK';
  }

  async delete(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.safely(() => this.client.del(keys.map((k) => this.prefix + k)), 0);
  }

  async ping(): Promise<boolean> {
    return (await this.safely(() => this.client.ping(), null)) === 'PONG';
  }

  private async safely<T, F>(command: () => Promise<T>, fallback: F): Promise<T | F> {
    if (!this.client.isReady) return fallback;
    try {
      return await withDeadline(command(), this.timeoutMs);
    } catch (error) {
      this.onError(error);
      return fallback;
    }
  }
}
