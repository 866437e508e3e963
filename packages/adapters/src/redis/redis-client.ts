import { createClient } from 'redis';
import { guardOf } from './redis-guard.js';
import { throttleReports } from './throttled-reports.js';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisClientOptions {
  /** A command unanswered after this many milliseconds counts as failed (default 200). */
  commandTimeoutMs?: number;
  /** After a missed deadline, how long commands fail at once before one probes (default 1 s). */
  cooldownMs?: number;
  /** Longest wait between two reconnect attempts (default 2 s); it never stops trying. */
  maxReconnectDelayMs?: number;
  /** Told about connection errors, at most once per `reportIntervalMs` for each kind of error. */
  onError?: (error: unknown) => void;
  reportIntervalMs?: number;
  /** Told each time the connection is (again) ready, e.g. to log that Redis is back. */
  onReady?: () => void;
}

/**
 * A node-redis client that never makes a request wait for Redis: commands have a deadline
 * (see RedisGuard), nothing queues while disconnected (`disableOfflineQueue`), and it reconnects
 * by itself with a capped backoff for as long as it is open. It connects in the background, so a
 * server starts, and serves from its database, while Redis is down. Close it with closeRedisClient.
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): RedisClient {
  const commandTimeoutMs = options.commandTimeoutMs ?? 200;
  const maxDelay = options.maxReconnectDelayMs ?? 2_000;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    // No per-command timeout of node-redis's own: it makes an AbortSignal and a timer for every
    // command (a large share of a cached read's time on Redis, with the garbage). RedisGuard puts a
    // deadline on every command, written or not, and stops sending after a miss.
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 16), maxDelay),
    },
  });
  const report = throttleReports(options.onError ?? (() => undefined), options.reportIntervalMs);
  // Without an 'error' listener an EventEmitter throws, and a lost connection would crash the process.
  client.on('error', report);
  if (options.onReady) client.on('ready', options.onReady);
  guardOf(client, { commandTimeoutMs, cooldownMs: options.cooldownMs, onError: report });
  // The first attempt fails only if the strategy gives up, which it never does; still, never unhandled.
  client.connect().catch(report);
  return client;
}

/** Resolves true once the client is ready, false if it is not within `timeoutMs`. */
export async function waitForRedis(client: RedisClient, timeoutMs: number): Promise<boolean> {
  if (client.isReady) return true;
  let onReady: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const ready = await new Promise<boolean>((resolve) => {
    onReady = () => resolve(true);
    client.once('ready', onReady);
    timer = setTimeout(() => resolve(client.isReady), timeoutMs);
  });
  clearTimeout(timer);
  if (onReady) client.off('ready', onReady);
  return ready;
}

/**
 * Closes the client whatever its state, without hanging on a stalled server: a healthy client
 * gets `graceMs` to finish what it sent (QUIT-like close), any other is destroyed at once (its
 * pending commands fail, which every adapter here turns into a miss). No reconnect follows.
 */
export async function closeRedisClient(client: RedisClient, graceMs = 1_000): Promise<void> {
  const guard = guardOf(client);
  const healthy = guard.healthy;
  guard.close();
  if (!client.isOpen) return;
  if (!healthy) return destroyQuietly(client);
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    client.close().then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
  ]);
  clearTimeout(timer);
  // Stalled during close: node-redis now waits for replies that may never come. Its socket
  // can no longer be destroyed from outside, so at least it must not keep the process alive.
  if (!closed) client.unref();
}

function destroyQuietly(client: RedisClient): void {
  try {
    client.destroy();
  } catch {
    // already closed
  }
}
