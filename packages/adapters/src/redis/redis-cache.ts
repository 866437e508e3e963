import type { Cache } from '@campus/domain';
import type { RedisClient } from './redis-client.js';
import { guardOf, type RedisGuard } from './redis-guard.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

/**
 * The shared cache on Redis. A Redis fault never reaches the caller: a read is a miss, a write or
 * delete is dropped (the entry then lives until its TTL), `setIfAbsent` answers false and `ping`
 * false, each within the client's command deadline (about 200 ms) or at once when Redis is known
 * to be down. Faults go to `onError`, at most once per 5 s for each kind of error.
 */
export class RedisCache implements Cache {
  private readonly guard: RedisGuard;
  private readonly report: RedisErrorReporter;

  /** `prefix` goes before every key: `campus:` in production, a random one per test suite. */
  constructor(
    private readonly client: RedisClient,
    private readonly prefix = 'campus:',
    onError: RedisErrorReporter = () => undefined,
  ) {
    this.guard = guardOf(client);
    this.report = throttleReports(onError);
  }

  async get(key: string): Promise<string | null> {
    return this.run(() => this.client.get(this.prefix + key), null);
  }

  async getMany(keys: readonly string[]): Promise<(string | null)[]> {
    if (keys.length === 0) return [];
    const misses = keys.map(() => null);
    return this.run(() => this.client.mGet(keys.map((k) => this.prefix + k)), misses);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.run(() => this.client.set(this.prefix + key, value, { PX: px(ttlMs) }), null);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const reply = await this.run(
      () => this.client.set(this.prefix + key, value, { PX: px(ttlMs), NX: true }),
      null,
    );
    return reply === 'OK';
  }

  async delete(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.run(() => this.client.del(keys.map((k) => this.prefix + k)), 0);
  }

  async ping(): Promise<boolean> {
    return (await this.run(() => this.client.ping(), null)) === 'PONG';
  }

  private run<T, F>(command: () => Promise<T>, fallback: F): Promise<T | F> {
    return this.guard.run(command, fallback, this.report);
  }
}

/** Redis refuses PX 0 and fractions; an entry lives at least a millisecond. */
function px(ttlMs: number): number {
  return Math.max(1, Math.round(ttlMs));
}
