import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { ServiceMissing, warnSkipped } from './services.js';

export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/** What a mocha hook or test gives as `this`: enough to skip it. */
export interface SkippableContext {
  skip(): never;
}

const probes = new Map<string, Promise<string | null>>();

/**
 * The Redis of TEST_REDIS_URL (default redis://127.0.0.1:6379) when it answers a PING. When it
 * does not: in CI (`CI=true`) this throws ServiceMissing, so the run fails; elsewhere it prints a
 * loud banner (once per process) and skips `ctx` when given (`this` of a `before` hook), or
 * answers null. Never flush this Redis: prefix your keys (redisTestPrefix) and let TTLs or
 * explicit deletes clean up.
 */
export async function redisTestUrl(ctx?: SkippableContext): Promise<string | null> {
  const url = process.env.TEST_REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
  let probe = probes.get(url);
  if (!probe) {
    probe = probeRedis(url);
    probes.set(url, probe);
  }
  const reachable = await probe;
  if (!reachable && ctx) ctx.skip();
  return reachable;
}

const prefixes = new Set<string>();

/**
 * A key prefix no other suite or run uses, e.g. `test:0b5c…:`. Its keys are deleted by
 * `deleteTestRedisKeys` (the packages' root hook runs it at the end of a run).
 */
export function redisTestPrefix(): string {
  const prefix = `test:${randomUUID()}:`;
  prefixes.add(prefix);
  return prefix;
}

/** Deletes the keys under every prefix `redisTestPrefix` gave out in this process. */
export async function deleteTestRedisKeys(): Promise<void> {
  if (prefixes.size === 0) return;
  const url = process.env.TEST_REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
  const mine = new Set(prefixes);
  prefixes.clear();
  // One pass over the test keys: the prefix is `test:<uuid>:`.
  await deleteRedisKeys(url, 'test:*', (key) => mine.has(key.slice(0, key.indexOf(':', 5) + 1)));
}

async function probeRedis(url: string): Promise<string | null> {
  const probe = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
    await probe.close();
    return url;
  } catch (error) {
    if (probe.isOpen) probe.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') throw new ServiceMissing(`Redis at ${url} is required in CI: ${reason}`);
    warnSkipped(`Redis at ${url}`, reason);
    return null;
  }
}

/**
 * Deletes the keys matching `pattern` (and `which`, when given) from the Redis at `url`, so a run
 * leaves nothing behind. Does nothing when that Redis does not answer.
 */
export async function deleteRedisKeys(
  url: string,
  pattern: string,
  which: (key: string) => boolean = () => true,
): Promise<void> {
  const client = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch {
    if (client.isOpen) client.destroy();
    return;
  }
  try {
    for await (const keys of client.scanIterator({ MATCH: pattern, COUNT: 1_000 })) {
      const doomed = keys.filter(which);
      if (doomed.length > 0) await client.unlink(doomed);
    }
  } finally {
    await client.close();
  }
}
