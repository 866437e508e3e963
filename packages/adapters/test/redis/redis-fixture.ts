import { expect } from 'chai';
import {
  RedisCache,
  RedisLoginAttemptStore,
  closeRedisClient,
  createRedisClient,
  type RedisClient,
} from '../../src/redis/index.js';
import { TcpProxy, redisTestPrefix } from '../../src/testing/index.js';

/** One client reaching Redis through a TcpProxy, with the adapters on it and every fault reported. */
export interface ProxiedRedis {
  proxy: TcpProxy;
  client: RedisClient;
  cache: RedisCache;
  attempts: RedisLoginAttemptStore;
  /** What the client (connection errors) and the adapters (command faults) reported. */
  clientErrors: unknown[];
  adapterErrors: unknown[];
  close(): Promise<void>;
}

export async function proxiedRedis(url: string, options: { cutFirst?: boolean } = {}): Promise<ProxiedRedis> {
  const target = new URL(url);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
  const port = await proxy.start();
  if (options.cutFirst) proxy.cut();
  const clientErrors: unknown[] = [];
  const adapterErrors: unknown[] = [];
  const client = createRedisClient(`redis://127.0.0.1:${port}`, { onError: (e) => clientErrors.push(e) });
  const prefix = redisTestPrefix();
  return {
    proxy,
    client,
    cache: new RedisCache(client, prefix, (e) => adapterErrors.push(e)),
    attempts: new RedisLoginAttemptStore(client, prefix, (e) => adapterErrors.push(e)),
    clientErrors,
    adapterErrors,
    async close() {
      await closeRedisClient(client);
      await proxy.close();
    },
  };
}

/** How long `work` took, with its answer. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Polls `check` until it is true, failing after `timeoutMs`; answers how long it took. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    expect(performance.now() - started, 'did not recover in time').to.be.below(timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return performance.now() - started;
}

/** Collects unhandled rejections and uncaught exceptions while installed. */
export function watchUnhandled(): { seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const record = (error: unknown) => seen.push(error);
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  return {
    seen,
    stop() {
      process.off('unhandledRejection', record);
      process.off('uncaughtException', record);
    },
  };
}
