import { randomBytes } from 'node:crypto';
import type { AttemptSlot, LoginAttemptStore } from '@campus/domain';
import { InMemoryLoginAttemptStore } from '../memory/identity/in-memory-login-attempt-store.js';
import type { RedisClient } from './redis-client.js';
import { guardOf, type RedisGuard } from './redis-guard.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

// One key (a hash), one round trip, atomic: concurrent attempts on any instance each get their own
// count. The first attempt opens the window: it sets its expiry and names it (ARGV[2]), so that a
// release can tell its own window from a later one.
const TAKE = `
local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
local ttl = redis.call('PTTL', KEYS[1])
if count == 1 or ttl < 0 then
  redis.call('HSET', KEYS[1], 'window', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl, redis.call('HGET', KEYS[1], 'window')}`;

// Only within the window the attempt was taken in, and never below zero.
const RELEASE = `
if redis.call('HGET', KEYS[1], 'window') ~= ARGV[1] then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'count') or '0') <= 0 then return 0 end
return redis.call('HINCRBY', KEYS[1], 'count', -1)`;

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
    const name = `${now.getTime()}:${randomBytes(6).toString('base64url')}`;
    const answer = await this.guard.run(
      () => this.client.eval(TAKE, { keys: [redisKey], arguments: [window, name] }),
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
        await this.guard.run(
          () => this.client.eval(RELEASE, { keys: [redisKey], arguments: [shared.window] }),
          null,
          this.report,
        );
      },
    };
  }

  private key(key: string): string {
    return `${this.prefix}login-attempts:${key}`;
  }
}

function parseTake(answer: unknown): { count: number; ttlMs: number; window: string } | null {
  if (!Array.isArray(answer) || answer.length !== 3 || typeof answer[2] !== 'string') return null;
  const [count, ttlMs] = [Number(answer[0]), Number(answer[1])];
  return Number.isFinite(count) && Number.isFinite(ttlMs) ? { count, ttlMs, window: answer[2] } : null;
}
