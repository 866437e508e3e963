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

/** A key prefix no other suite or run uses, e.g. `test:0b5c…:`. */
export function redisTestPrefix(): string {
  return `test:${randomUUID()}:`;
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
