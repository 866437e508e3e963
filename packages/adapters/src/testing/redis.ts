import { createClient } from 'redis';
import { ServiceMissing, warnSkipped } from './services.js';

export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * The Redis of TEST_REDIS_URL when it answers; null (after a loud warning) when it does not,
 * outside CI; in CI a missing Redis fails the run.
 */
export async function redisTestUrl(): Promise<string | null> {
  const url = process.env.TEST_REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
  const probe = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
    await probe.close();
    return url;
  } catch (error) {
    probe.destroy();
    if (process.env.CI === 'true')
      throw new ServiceMissing(`Redis at ${url} is required in CI: ${String(error)}`);
    warnSkipped(`Redis at ${url}`, String((error as Error).message ?? error));
    return null;
  }
}
