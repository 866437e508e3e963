import type { LoginAttemptStore } from '@campus/domain';
import { withDeadline, type RedisClient } from './redis-client.js';

const TIMEOUT_MS = 200;

/**
 * Failed logins in a sorted set per username, shared by every instance. While Redis is down the
 * throttle fails open (no failures seen, none recorded): locking every user out because the
 * cache is down would be worse than a short window without throttling.
 */
export class RedisLoginAttemptStore implements LoginAttemptStore {
  private sequence = 0;

  /** `instance` tells apart failures recorded in the same millisecond by different servers. */
  constructor(
    private readonly client: RedisClient,
    private readonly instance: string,
    private readonly prefix = 'campus:',
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  private key(key: string): string {
    return `${this.prefix}login-failures:${key}`;
  }

  async recentFailures(key: string, since: Date): Promise<Date[]> {
    if (!this.client.isReady) return [];
    try {
      const members = await withDeadline(
        this.client.zRangeByScore(this.key(key), `(${since.getTime()}`, '+inf'),
        TIMEOUT_MS,
      );
      return members.map((member) => new Date(Number(member.split(':')[0])));
    } catch (error) {
      this.onError(error);
      return [];
    }
  }

  async recordFailure(key: string, at: Date, windowMs: number): Promise<void> {
    if (!this.client.isReady) return;
    const member = `${at.getTime()}:${this.instance}:${++this.sequence}`;
    try {
      await withDeadline(
        this.client
          .multi()
          .zAdd(this.key(key), { score: at.getTime(), value: member })
          .zRemRangeByScore(this.key(key), '-inf', at.getTime() - windowMs)
          .pExpire(this.key(key), windowMs)
          .exec(),
        TIMEOUT_MS,
      );
    } catch (error) {
      this.onError(error);
    }
  }

  async clear(key: string): Promise<void> {
    if (!this.client.isReady) return;
    try {
      await withDeadline(this.client.del(this.key(key)), TIMEOUT_MS);
    } catch (error) {
      this.onError(error);
    }
  }
}
