import { randomBytes } from 'node:crypto';
import type { WriteGranted, WriteLimiter, WriteRefused } from '@campus/domain';
import { InMemoryWriteLimiter } from '../memory/limits/in-memory-write-limiter.js';
import type { RedisClient } from './redis-client.js';
import { guardOf, type RedisGuard } from './redis-guard.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

// One key (a hash), one round trip, atomic: writes that race on any instance each get an answer
// of their own, and a refused one counts nothing. Windows end at the time the caller's clock
// gives (ARGV[1] is now, ARGV[2] the window's end), so every instance and a test clock agree; the
// expiry only clears keys nobody asks about any more. A new window is named (ARGV[5]), so that a
// release can tell its own window from a later one.
const TAKE = `
local now = tonumber(ARGV[1])
local ends = tonumber(redis.call('HGET', KEYS[1], 'ends') or '0')
local count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
if ends <= now or count <= 0 then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'count', 1, 'ends', ARGV[2], 'window', ARGV[5])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return {1, ARGV[5]}
end
if count >= tonumber(ARGV[4]) then return {0, tostring(ends - now)} end
redis.call('HINCRBY', KEYS[1], 'count', 1)
return {1, redis.call('HGET', KEYS[1], 'window')}`;

// Only within the window the write was taken in; a window left empty ends with it.
const RELEASE = `
if redis.call('HGET', KEYS[1], 'window') ~= ARGV[1] then return 0 end
local count = redis.call('HINCRBY', KEYS[1], 'count', -1)
if count <= 0 then redis.call('DEL', KEYS[1]) end
return count`;

/**
 * Write limits counted in Redis, shared by every instance on it. They never switch off: while
 * Redis is unreachable, stalled or failing, writes are counted in this process's memory instead,
 * and once Redis answers again, a window filled here during the outage still refuses until it ends.
 */
export class RedisWriteLimiter implements WriteLimiter {
  private readonly guard: RedisGuard;
  private readonly report: RedisErrorReporter;
  private readonly local = new InMemoryWriteLimiter();

  constructor(
    private readonly client: RedisClient,
    private readonly prefix = 'campus:',
    onError: RedisErrorReporter = () => undefined,
  ) {
    this.guard = guardOf(client);
    this.report = throttleReports(onError);
  }

  async take(key: string, now: Date, windowMs: number, limit: number): Promise<WriteGranted | WriteRefused> {
    const at = now.getTime();
    const fullUntil = this.local.fullUntil(key, now, limit);
    if (fullUntil !== null) return { granted: false, retryAfterMs: fullUntil - at };
    const redisKey = this.key(key);
    const window = Math.max(1, Math.round(windowMs));
    const name = `${at}:${randomBytes(6).toString('base64url')}`;
    const answer = await this.guard.run(
      () =>
        this.client.eval(TAKE, {
          keys: [redisKey],
          arguments: [String(at), String(at + window), String(window), String(limit), name],
        }),
      null,
      this.report,
    );
    const shared = parseTake(answer);
    if (!shared) return this.local.take(key, now, windowMs, limit);
    if (!shared.granted) return { granted: false, retryAfterMs: Math.max(1, shared.retryAfterMs) };
    let released = false;
    return {
      granted: true,
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
    return `${this.prefix}write-limits:${key}`;
  }
}

type Take = { granted: true; window: string } | { granted: false; retryAfterMs: number };

function parseTake(answer: unknown): Take | null {
  if (!Array.isArray(answer) || answer.length !== 2 || typeof answer[1] !== 'string') return null;
  if (Number(answer[0]) === 1) return { granted: true, window: answer[1] };
  const retryAfterMs = Number(answer[1]);
  return Number(answer[0]) === 0 && Number.isFinite(retryAfterMs) ? { granted: false, retryAfterMs } : null;
}
