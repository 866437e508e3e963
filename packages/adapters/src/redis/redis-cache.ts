import type { CheckedCache } from '../cache/checked-cache.js';
import type { RedisClient } from './redis-client.js';
import { guardOf, type RedisGuard } from './redis-guard.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

/**
 * The shared cache on Redis. A Redis fault never reaches the caller: a read is a miss, a write or
 * delete is dropped (the entry then lives until its TTL), `setIfAbsent` answers false and `ping`
 * false, each within the client's command deadline (about 200 ms) or at once when Redis is known
 * to be down. Faults go to `onError`, at most once per 5 s for each kind of error.
 *
 * Every command names one key, so the cache works unchanged on Redis Cluster, where a command over
 * keys of different slots is refused: reading many keys sends one GET each, written together in
 * one round trip (node-redis pipelines the commands of one tick), under one deadline.
 */
export class RedisCache implements CheckedCache {
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
    return this.run(() => Promise.all(keys.map((k) => this.client.get(this.prefix + k))), misses);
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
    await this.run(() => this.deleteEach(keys), 0);
  }

  async deleteChecked(keys: readonly string[], budgetMs: number): Promise<boolean> {
    if (keys.length === 0) return true;
    const giveUpAt = performance.now() + budgetMs;
    for (let pause = 25; ; pause = Math.min(pause * 2, 200)) {
      try {
        await this.guard.attempt(() => this.deleteEach(keys));
        return true;
      } catch (error) {
        this.report(error);
      }
      const left = giveUpAt - performance.now();
      if (left <= this.guard.timeoutMs) return false; // no room for another full attempt
      await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left - this.guard.timeoutMs)));
    }
  }

  async setChecked(key: string, value: string, ttlMs: number): Promise<boolean> {
    try {
      await this.guard.attempt(() => this.client.set(this.prefix + key, value, { PX: px(ttlMs) }));
      return true;
    } catch (error) {
      this.report(error);
      return false;
    }
  }

  get faults(): number {
    return this.guard.faults;
  }

  async ping(): Promise<boolean> {
    return (await this.run(() => this.client.ping(), null)) === 'PONG';
  }

  private deleteEach(keys: readonly string[]): Promise<number[]> {
    return Promise.all(keys.map((k) => this.client.del(this.prefix + k)));
  }

  private run<T, F>(command: () => Promise<T>, fallback: F): Promise<T | F> {
    return this.guard.run(command, fallback, this.report);
  }
}

/** Redis refuses PX 0 and fractions; an entry lives at least a millisecond. */
function px(ttlMs: number): number {
  return Math.max(1, Math.round(ttlMs));
}
