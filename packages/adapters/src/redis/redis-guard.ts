import type { RedisClient } from './redis-client.js';

/** A command got no answer in time (a stalled server or a connection that went silent). */
export class RedisDeadlineExceeded extends Error {
  override readonly name = 'RedisDeadlineExceeded';
  constructor(readonly ms: number) {
    super(`redis command got no answer within ${ms} ms`);
  }
}

export interface RedisGuardOptions {
  /** A command that has not answered by then counts as failed (default 200 ms). */
  commandTimeoutMs?: number;
  /** After a missed deadline, commands fail at once for this long, then one probes (default 1 s). */
  cooldownMs?: number;
  /** Consecutive missed deadlines after which the connection is dropped and made anew (default 3). */
  reconnectAfterMisses?: number;
  /** Told when a forced reconnect fails to start. */
  onError?: (error: unknown) => void;
}

/**
 * Runs every command of one client with a deadline, because node-redis's own command timeout
 * stops counting once a command is written: on a stalled connection a command would wait forever.
 * After a miss it fails fast for a cooldown and lets a single command probe, so a stall costs one
 * deadline per cooldown instead of one per request, and the client's reply queue stays small.
 * Repeated misses drop the connection: a peer that vanished without a reset never answers again.
 */
export class RedisGuard {
  private state: 'healthy' | 'cooling' | 'trial' | 'probing' = 'healthy';
  private misses = 0;
  /**
   * Faults seen on the connection so far: missed deadlines and (re)connects. A command in flight
   * then may have been applied, lost or applied late, and a Redis that restarted or failed over
   * may hold older keys than it acknowledged; whoever relies on what it wrote counts these. The
   * first connect counts too: nothing tells this process what the Redis it finds has missed.
   */
  faults: number;
  private shut = false;
  readonly timeoutMs: number;
  private readonly cooldownMs: number;
  private readonly reconnectAfterMisses: number;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisGuardOptions = {},
  ) {
    this.timeoutMs = options.commandTimeoutMs ?? 200;
    this.cooldownMs = options.cooldownMs ?? 1_000;
    this.reconnectAfterMisses = options.reconnectAfterMisses ?? 3;
    this.faults = client.isReady ? 1 : 0;
    client.on('ready', () => {
      this.faults++;
      this.state = 'healthy';
      this.misses = 0;
    });
  }

  /** Whether commands currently go to Redis (connected, and not cooling down after a stall). */
  get healthy(): boolean {
    return this.client.isReady && this.state === 'healthy';
  }

  /** The command's answer, or `fallback` at once when Redis is known to be down or too late. */
  async run<T, F>(command: () => Promise<T>, fallback: F, onError: (error: unknown) => void): Promise<T | F> {
    if (this.shut || !this.client.isReady) return fallback;
    if (this.state === 'cooling' || this.state === 'probing') return fallback;
    const probe = this.state === 'trial';
    if (probe) this.state = 'probing';
    try {
      const answer = await withDeadline(command(), this.timeoutMs);
      this.misses = 0;
      if (probe) this.state = 'healthy';
      return answer;
    } catch (error) {
      if (error instanceof RedisDeadlineExceeded) this.missed();
      else if (probe) this.state = 'healthy'; // it answered, if only with an error
      onError(error);
      return fallback;
    }
  }

  /**
   * The command's answer, sent even while cooling down (for what must not be dropped, such as a
   * retirement): rejects at once when the client is not connected, and with RedisDeadlineExceeded
   * when it has not answered in time, which counts as a miss like any other.
   */
  async attempt<T>(command: () => Promise<T>): Promise<T> {
    if (this.shut) throw new Error('redis client closed');
    if (!this.client.isReady) throw new Error('redis not connected');
    try {
      const answer = await withDeadline(command(), this.timeoutMs);
      this.misses = 0;
      return answer;
    } catch (error) {
      if (error instanceof RedisDeadlineExceeded) this.missed();
      throw error;
    }
  }

  /** No more commands or reconnects: the client is being closed. */
  close(): void {
    this.shut = true;
  }

  private missed(): void {
    this.faults++;
    if (this.state === 'cooling') return; // the other commands caught in the same stall
    this.state = 'cooling';
    setTimeout(() => {
      if (this.state === 'cooling') this.state = 'trial';
    }, this.cooldownMs).unref();
    if (++this.misses < this.reconnectAfterMisses) return;
    this.misses = 0;
    // Only a ready client: one that is connecting already runs node-redis's own retry loop.
    if (this.shut || !this.client.isReady) return;
    this.client.destroy();
    this.client.connect().catch((error: unknown) => this.options.onError?.(error));
  }
}

/** Rejects with RedisDeadlineExceeded when `command` has not settled within `ms`. */
export function withDeadline<T>(command: Promise<T>, ms: number): Promise<T> {
  // One timer and one promise per command: this runs for every cache read.
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new RedisDeadlineExceeded(ms)), ms);
    // The command may still settle after the deadline, with nobody left to hear it.
    command.then(
      (answer) => {
        clearTimeout(timer);
        resolve(answer);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the command's own error, passed on
        reject(error);
      },
    );
  });
}

const guards = new WeakMap<RedisClient, RedisGuard>();

/** The guard of a client: the one createRedisClient made, or a default one for any other client. */
export function guardOf(client: RedisClient, options?: RedisGuardOptions): RedisGuard {
  let guard = guards.get(client);
  if (!guard) {
    guard = new RedisGuard(client, options);
    guards.set(client, guard);
  }
  return guard;
}
