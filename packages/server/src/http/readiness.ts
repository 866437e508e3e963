/** What `/ready` reports: the database decides; Redis is told, since without it the service is slower, not down. */
export interface ReadyReport {
  database: 'up' | 'down';
  redis: 'up' | 'down' | 'absent';
}

/**
 * Asks the database whether it answers, within `timeoutMs`, however it fails: a hung server
 * must not hang the load balancer's probe. One ping at a time: probes that come while one is
 * still out wait for it rather than each taking a pool connection that may never come back.
 */
export class DatabaseProbe {
  private pending: Promise<boolean> | undefined;

  constructor(
    private readonly ping: () => Promise<boolean>,
    private readonly timeoutMs: number,
  ) {}

  async check(): Promise<'up' | 'down'> {
    this.pending ??= this.ping()
      .catch(() => false)
      .finally(() => (this.pending = undefined));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.timeoutMs)));
    const up = await Promise.race([this.pending, late]);
    clearTimeout(timer);
    return up ? 'up' : 'down';
  }
}

/**
 * Redis as `/ready` reports it. A lost connection is `down` at once; a PING that fails on a
 * connection that is still open (a missed deadline, or the cool-down after one) counts only once
 * no PING has succeeded for `graceMs`, so a single slow moment does not flip the report.
 */
export class RedisProbe {
  private lastUp: number;

  constructor(
    private readonly ping: () => Promise<boolean>,
    private readonly connected: () => boolean,
    private readonly graceMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastUp = now();
  }

  async check(): Promise<'up' | 'down'> {
    if (!this.connected()) return 'down';
    if (await this.ping()) {
      this.lastUp = this.now();
      return 'up';
    }
    return this.now() - this.lastUp < this.graceMs ? 'up' : 'down';
  }
}
