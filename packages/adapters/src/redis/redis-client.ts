import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisClientOptions {
  /** Every command fails after this many milliseconds instead of hanging on a stalled server. */
  commandTimeoutMs?: number;
  /** Told about connection errors (rate-limited by the caller if it logs). */
  onError?: (error: Error) => void;
}

/**
 * A node-redis client that never makes a request wait for Redis: commands time out fast, nothing
 * queues while disconnected, and it reconnects by itself with capped backoff. Connecting happens
 * in the background, so a server starts (and serves from the database) while Redis is down.
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): RedisClient {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: options.commandTimeoutMs ?? 200 },
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000),
    },
  });
  client.on('error', (error: Error) => options.onError?.(error));
  client.connect().catch((error: unknown) => options.onError?.(error as Error));
  return client;
}

/**
 * Runs a command with a deadline. node-redis's own command timeout does not fire while a
 * connection is stalled, so the deadline is enforced here: the caller gets an error in time.
 */
export function withDeadline<T>(command: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis command timed out after ${ms} ms`)), ms);
  });
  command.catch(() => undefined);
  return Promise.race([command, deadline]).finally(() => clearTimeout(timer));
}

/** Closes the client whatever its state. */
export async function closeRedisClient(client: RedisClient): Promise<void> {
  if (client.isOpen) {
    try {
      await client.close();
      return;
    } catch {
      // fall through to destroy
    }
  }
  try {
    client.destroy();
  } catch {
    // already closed
  }
}
