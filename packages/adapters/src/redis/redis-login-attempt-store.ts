import type { LoginAttemptStore } from '@campus/domain';
import type { RedisClient } from './redis-client.js';
import { guardOf, type RedisGuard } from './redis-guard.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

/**
 * Failed logins in one sorted set per key (score: the time), shared by every instance on the same
 * Redis, so the throttle counts failures made through any of them. One failure is one round trip
 * (MULTI: add, prune what left the window, expire the set with the window).
 *
 * Best effort while Redis is down: it fails open. `recentFailures` answers [] and
 * `recordFailure`/`clear` resolve without recording, so logins go unthrottled until Redis is
 * back. Failing closed would lock every user out because a cache is down, which is worse.
 */
export class RedisLoginAttemptStore implements LoginAttemptStore {
  private readonly guard: RedisGuard;
  private readonly report: RedisErrorReporter;
  private sequence = 0;

  /**
   * `instance` names this process among those sharing Redis (e.g. `host:pid`): with the
   * sequence it makes each failure a distinct member even when two land in the same millisecond.
   */
  constructor(
    private readonly client: RedisClient,
    private readonly instance: string,
    private readonly prefix = 'campus:',
    onError: RedisErrorReporter = () => undefined,
  ) {
    this.guard = guardOf(client);
    this.report = throttleReports(onError);
  }

  async recentFailures(key: string, since: Date): Promise<Date[]> {
    const members = await this.guard.run(
      () => this.client.zRangeByScore(this.key(key), `(${since.getTime()}`, '+inf'),
      [],
      this.report,
    );
    return members.map((member) => new Date(Number(member.split(':', 1)[0])));
  }

  async recordFailure(key: string, at: Date, windowMs: number): Promise<void> {
    const setKey = this.key(key);
    const member = `${at.getTime()}:${this.instance}:${++this.sequence}`;
    await this.guard.run(
      () =>
        this.client
          .multi()
          .zAdd(setKey, { score: at.getTime(), value: member })
          .zRemRangeByScore(setKey, '-inf', at.getTime() - windowMs)
          .pExpire(setKey, Math.max(1, Math.round(windowMs)))
          .exec(),
      null,
      this.report,
    );
  }

  async clear(key: string): Promise<void> {
    await this.guard.run(() => this.client.del(this.key(key)), 0, this.report);
  }

  private key(key: string): string {
    return `${this.prefix}login-failures:${key}`;
  }
}
