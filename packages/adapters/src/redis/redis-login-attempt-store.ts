import type { AttemptSlot, LoginAttemptStore } from '@campus/domain';
import { InMemoryLoginAttemptStore } from '../memory/identity/in-memory-login-attempt-store.js';
import type { RedisClient } from './redis-client.js';
import { guardOf, type RedisGuard } from './redis-guard.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

// One key, one round trip, atomic: concurrent attempts on any instance each get their own count.
// The window's expiry is set by its first attempt (or repaired if a key somehow has none).
const TAKE = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

// Never below zero, and never on a key that is gone (DECR would make one without an expiry).
const RELEASE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

/**
 * Login attempts counted in Redis, shared by every instance on it. Throttling never switches
 * off: while Redis is unreachable, stalled or failing, attempts are counted in this process's
 * memory instead, and once Redis answers again, what was counted here during the outage still
 * counts (the higher of the two counts wins until the local window ends).
 */
export class RedisLoginAttemptStore implements LoginAttemptStore {
  private readonly guard: RedisGuard;
  private readonly report: RedisErrorReporter;
  private readonly local = new InMemoryLoginAttemptStore();

  constructor(
    private readonly client: RedisClient,
    private readonly prefix = 'campus:',
    onError: RedisErrorReporter = () => undefined,
  ) {
    this.guard = guardOf(client);
    this.report = throttleReports(onError);
  }

  async take(key: string, now: Date, windowMs: number): Promise<AttemptSlot> {
    const redisKey = this.key(key);
    const window = String(Math.max(1, Math.round(windowMs)));
    const answer = await this.guard.run(
      () => this.client.eval(TAKE, { keys: [redisKey], arguments: [window] }),
      null,
      this.report,
    );
    const shared = parseTake(answer);
    if (!shared) return this.local.take(key, now, windowMs);
    let released = false;
    return {
      count: Math.max(shared.count, this.local.peek(key, now) + 1),
      resetsAt: new Date(now.getTime() + shared.ttlMs),
      release: async () => {
        if (released) return;
        released = true;
        await this.guard.run(() => this.client.eval(RELEASE, { keys: [redisKey] }), null, this.report);
      },
    };
  }

  private key(key: string): string {
    return `${this.prefix}login-attempts:${key}`;
  }
}

function parseTake(answer: unknown): { count: number; ttlMs: number } | null {
  if (!Array.isArray(answer) || answer.length !== 2) return null;
  const [count, ttlMs] = answer.map(Number) as [number, number];
  return Number.isFinite(count) && Number.isFinite(ttlMs) ? { count, ttlMs } : null;
}
