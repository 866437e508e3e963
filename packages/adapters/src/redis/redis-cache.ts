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
 * It works unchanged on Redis Cluster, where a command over keys of different slots is refused:
 * the versions of scopes (`scope:…`, what every cached read checks) share one hash slot (the
 * `{scope}` hash tag), and views, larger and fetched only when they changed, spread over the
 * slots by their own keys. The keys asked for in one tick are read together: the versions in one
 * MGET, each view in a GET of its own, in one round trip (node-redis pipelines the commands of a
 * tick), so a request whose lookups run side by side (its session and user, a post and its
 * comments) checks them all with one command.
 */
export class RedisCache implements CheckedCache {
  private readonly guard: RedisGuard;
  private readonly report: RedisErrorReporter;
  /** The keys asked for in this tick, each once, and the answer they will all share. */
  private batch: { keys: Map<string, number>; values: Promise<(string | null)[]> } | undefined;

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
    return this.run(() => this.client.get(this.keyOf(key)), null);
  }

  async getMany(keys: readonly string[]): Promise<(string | null)[]> {
    if (keys.length === 0) return [];
    const misses = keys.map(() => null);
    return this.run(() => this.read(keys), misses);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.run(() => this.client.set(this.keyOf(key), value, { PX: px(ttlMs) }), null);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const reply = await this.run(
      () => this.client.set(this.keyOf(key), value, { PX: px(ttlMs), NX: true }),
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
      await this.guard.attempt(() => this.client.set(this.keyOf(key), value, { PX: px(ttlMs) }));
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
    return Promise.all(keys.map((k) => this.client.del(this.keyOf(k))));
  }

  /** The Redis key of `key`: versions of scopes in the one slot of their hash tag. */
  private keyOf(key: string): string {
    return key.startsWith(VERSIONS) ? `${this.prefix}${VERSIONS_SLOT}${key}` : this.prefix + key;
  }

  /** `keys` read with every other key asked for in this tick (see the class). */
  private read(keys: readonly string[]): Promise<(string | null)[]> {
    let batch = this.batch;
    if (batch === undefined) {
      const keysOfBatch = new Map<string, number>();
      const values = Promise.resolve().then(() => {
        this.batch = undefined;
        return this.fetch([...keysOfBatch.keys()]);
      });
      batch = this.batch = { keys: keysOfBatch, values };
    }
    const { keys: asked } = batch;
    const at = keys.map((key) => {
      let i = asked.get(key);
      if (i === undefined) asked.set(key, (i = asked.size));
      return i;
    });
    return batch.values.then((values) => at.map((i) => values[i] ?? null));
  }

  private async fetch(keys: readonly string[]): Promise<(string | null)[]> {
    const versions = keys.filter((key) => key.startsWith(VERSIONS));
    const views = keys.filter((key) => !key.startsWith(VERSIONS));
    const [versionValues, viewValues] = await Promise.all([
      versions.length > 0 ? this.client.mGet(versions.map((key) => this.keyOf(key))) : [],
      Promise.all(views.map((key) => this.client.get(this.keyOf(key)))),
    ]);
    const found = new Map<string, string | null>();
    versions.forEach((key, i) => found.set(key, versionValues[i] ?? null));
    views.forEach((key, i) => found.set(key, viewValues[i] ?? null));
    return keys.map((key) => found.get(key) ?? null);
  }

  private run<T, F>(command: () => Promise<T>, fallback: F): Promise<T | F> {
    return this.guard.run(command, fallback, this.report);
  }
}

/** The keys of scope versions, and the hash tag that puts them all in one slot. */
const VERSIONS = 'scope:';
const VERSIONS_SLOT = '{scope}';

/** Redis refuses PX 0 and fractions; an entry lives at least a millisecond. */
function px(ttlMs: number): number {
  return Math.max(1, Math.round(ttlMs));
}
