import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const DURATION = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m`, `7d`, `900s`, or plain seconds, as milliseconds. */
export function parseDuration(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const match = DURATION.exec(value);
  if (!match) throw new Error(`not a duration: ${value}`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

const duration = z
  .string()
  .refine((v) => DURATION.test(v) || /^\d+$/.test(v), 'use a duration like 30m, 7d or 900s')
  .transform(parseDuration)
  .refine((ms) => ms > 0, 'must be positive');
/** A duration that may be zero (`0s`: none). */
const durationOrZero = z
  .string()
  .refine((v) => DURATION.test(v) || /^\d+$/.test(v), 'use a duration like 10s, 0s or 2m')
  .transform(parseDuration);
function parsesAsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // The driver decodes these; a stray % would fail there with a less helpful message.
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
    decodeURIComponent(url.pathname);
    return true;
  } catch {
    return false;
  }
}
/** A whole number in [min, max], with one message for whatever else is given. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
const positiveInt = wholeNumber(1, Number.MAX_SAFE_INTEGER, 'use a whole number of at least 1');
const port = wholeNumber(0, 65535, 'use a port number from 0 to 65535 (0: any free port)');
const onOff = z.enum(['on', 'off']);

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(
      /^(memory|sqlite:.+|mysql:\/\/.+)$/,
      'use memory, sqlite:<path>, sqlite::memory: or mysql://user:password@host:3306/database',
    )
    .refine(
      (url) => !url.startsWith('mysql:') || (parsesAsUrl(url) && /^\/[^/]+$/.test(new URL(url).pathname)),
      'a MySQL URL names a host and a database: mysql://user:password@host:3306/database (special characters in the password percent-encoded)',
    )
    .default('sqlite:./data/campus.sqlite'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'use redis://host:6379 (or rediss:// for TLS)')
    .refine(
      (url) => parsesAsUrl(url) && new URL(url).hostname !== '',
      'use redis://host:6379 (or rediss:// for TLS), with special characters percent-encoded',
    )
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default('campus:'),
  JWT_SECRET: z.string().optional(),
  ACCESS_TOKEN_TTL: duration.default(parseDuration('30m')),
  REFRESH_TOKEN_TTL: duration.default(parseDuration('7d')),
  BCRYPT_ROUNDS: wholeNumber(4, 15, 'use a whole number from 4 to 15').default(12),
  HOT_THRESHOLD: positiveInt.default(10),
  BEST_THRESHOLD: positiveInt.default(100),
  REPORT_THRESHOLD: positiveInt.default(5),
  REPORT_MIN_ACCOUNT_AGE: durationOrZero.default(parseDuration('1d')),
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  LOGIN_MAX_PER_CLIENT: positiveInt.default(50),
  SESSION_MAX_AGE: duration.default(parseDuration('30d')),
  REFRESH_REUSE_GRACE: durationOrZero.default(parseDuration('10s')),
  POST_INTERVAL: durationOrZero.default(parseDuration('10s')),
  COMMENT_INTERVAL: durationOrZero.default(parseDuration('3s')),
  MESSAGE_INTERVAL: durationOrZero.default(parseDuration('2s')),
  WRITE_BURST: wholeNumber(0, Number.MAX_SAFE_INTEGER, 'use a whole number (0: no limit)').default(30),
  TRUST_PROXY: onOff.default('off'),
  // Its default depends on NODE_ENV: worked out in loadConfig.
  REQUIRE_VERIFICATION: onOff.optional(),
  ADMIN_USERNAME: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  CORS_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CACHE_BOARD_VIEWS: z.enum(['on', 'off']).default('on'),
  WORKERS: positiveInt.default(1),
  WORKER_START_TIMEOUT: duration.default(parseDuration('60s')),
  WORKER_RESTART_DELAY: duration.default(parseDuration('1s')),
  SHUTDOWN_TIMEOUT: duration.default(parseDuration('8s')),
  NOTIFICATION_PRUNE_INTERVAL: durationOrZero.default(parseDuration('1h')),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  METRICS: onOff.default('off'),
  METRICS_PORT: port.optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'use smtp://user:password@host:587 (or smtps://host:465 for TLS from the start)')
    .refine(
      (url) => parsesAsUrl(url) && new URL(url).hostname !== '',
      'use smtp://user:password@host:587, with special characters percent-encoded',
    )
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('campus <no-reply@localhost>'),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]/, 'use the address people open, e.g. https://campus.example.ac.kr')
    .refine(parsesAsUrl, 'use the address people open, e.g. https://campus.example.ac.kr')
    .optional(),
});

/** Every variable the configuration reads (`.env.example` lists exactly these). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  env: string;
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string | undefined;
  /** Before every Redis key: instances sharing a prefix share their cache, sessions and throttles. */
  redisKeyPrefix: string;
  jwtSecret: string;
  accessTokenTtlMs: number;
  refreshTokenTtlMs: number;
  bcryptRounds: number;
  hotThreshold: number;
  bestThreshold: number;
  reportThreshold: number;
  /** Reports count toward the threshold only from accounts at least this old; 0: any account. */
  reportMinAccountAgeMs: number;
  loginMaxFailures: number;
  loginWindowMs: number;
  /** Failed logins from one client address per window, over all usernames. */
  loginMaxPerClient: number;
  /** No session outlives its login by more, however often it is refreshed. */
  sessionMaxAgeMs: number;
  /** A refresh token presented again this soon after its rotation is a race, not reuse. */
  refreshReuseGraceMs: number;
  /** Per-user write limits (TOO_FAST); 0 switches one off. */
  writeLimits: {
    postIntervalMs: number;
    commentIntervalMs: number;
    /** Parsed and documented; no write uses it yet. */
    messageIntervalMs: number;
    /** Friend requests, reports and reviews per user per minute. */
    writeBurst: number;
  };
  /** Whether X-Forwarded-For names the client (only behind a proxy of one's own). */
  trustProxy: boolean;
  /** Only members with a verified school e-mail (and admins) may write; on in production by default. */
  requireVerification: boolean;
  admin: { username: string; password: string } | undefined;
  corsOrigins: string[];
  logLevel: string;
  /**
   * Board views (post, comments, first pages, HOT) from the cache; off reads them from the
   * database (the boards themselves stay cached).
   */
  cacheBoardViews: boolean;
  /** Processes `campus serve` runs (`--workers N` wins over it). */
  workers: number;
  /** `serve --workers N`: the whole process gives up when no worker is listening by then. */
  workerStartTimeoutMs: number;
  /** The first wait before a failed worker is replaced; it doubles while they keep failing. */
  workerRestartDelayMs: number;
  /**
   * After SIGTERM, what still runs by then is cut and the exit code is 1: the last resort, kept
   * under the time a supervisor allows before SIGKILL so that the log of what was cut is written.
   */
  shutdownTimeoutMs: number;
  /** How often `serve` deletes notifications past the 90 days kept (±10%); 0: never (`campus prune` then). */
  notificationPruneIntervalMs: number;
  /**
   * `pretty`: one readable line per log record (needs the dev-only pino-pretty, else JSON);
   * `json`: JSON lines for a collector. Default: pretty on a terminal outside production.
   */
  logFormat: 'json' | 'pretty';
  /** Prometheus metrics at `GET /metrics`: off, on the public port, or on a port of their own. */
  metrics: { port: number | undefined } | undefined;
  /** Mail: through an SMTP server, or, without one, written as `.eml` files to `outbox`. */
  mail: { smtpUrl: string | undefined; from: string; outbox: string };
  /** The address people reach the service at, for links in mails. */
  publicUrl: string;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once, at start-up. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  isTerminal = process.stdout.isTTY === true,
): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}.`;
    });
    throw new ConfigError(
      `Invalid configuration, so campus did not start:\n${lines.join('\n')}\n` +
        'Fix or unset the variable; .env.example lists every setting with its default.',
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    jwtSecret: resolveJwtSecret(e.JWT_SECRET, e.NODE_ENV, e.DATABASE_URL),
    accessTokenTtlMs: e.ACCESS_TOKEN_TTL,
    refreshTokenTtlMs: e.REFRESH_TOKEN_TTL,
    bcryptRounds: e.BCRYPT_ROUNDS,
    hotThreshold: e.HOT_THRESHOLD,
    bestThreshold: e.BEST_THRESHOLD,
    reportThreshold: e.REPORT_THRESHOLD,
    reportMinAccountAgeMs: e.REPORT_MIN_ACCOUNT_AGE,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMs: 15 * 60_000,
    loginMaxPerClient: e.LOGIN_MAX_PER_CLIENT,
    sessionMaxAgeMs: e.SESSION_MAX_AGE,
    refreshReuseGraceMs: e.REFRESH_REUSE_GRACE,
    writeLimits: {
      postIntervalMs: e.POST_INTERVAL,
      commentIntervalMs: e.COMMENT_INTERVAL,
      messageIntervalMs: e.MESSAGE_INTERVAL,
      writeBurst: e.WRITE_BURST,
    },
    trustProxy: e.TRUST_PROXY === 'on',
    requireVerification: (e.REQUIRE_VERIFICATION ?? (e.NODE_ENV === 'production' ? 'on' : 'off')) === 'on',
    admin:
      e.ADMIN_USERNAME && e.ADMIN_PASSWORD
        ? { username: e.ADMIN_USERNAME, password: e.ADMIN_PASSWORD }
        : undefined,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logLevel: e.LOG_LEVEL,
    cacheBoardViews: e.CACHE_BOARD_VIEWS === 'on',
    workers: e.WORKERS,
    workerStartTimeoutMs: e.WORKER_START_TIMEOUT,
    workerRestartDelayMs: e.WORKER_RESTART_DELAY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT,
    notificationPruneIntervalMs: e.NOTIFICATION_PRUNE_INTERVAL,
    logFormat: e.LOG_FORMAT ?? (isTerminal && e.NODE_ENV !== 'production' ? 'pretty' : 'json'),
    metrics: e.METRICS === 'on' ? { port: e.METRICS_PORT } : undefined,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, outbox: join(dataFolder(e.DATABASE_URL), 'outbox') },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  };
}

function resolveJwtSecret(secret: string | undefined, nodeEnv: string, databaseUrl: string): string {
  if (secret !== undefined) {
    if (Buffer.byteLength(secret) < 32) throw new ConfigError('JWT_SECRET must be at least 32 bytes.');
    return secret;
  }
  if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET is required when NODE_ENV=production.');
  return developmentSecret(dataFolder(databaseUrl));
}

/** The folder that holds local state: the SQLite file's folder, else ./data. */
export function dataFolder(databaseUrl: string): string {
  const path = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : '';
  return path && path !== ':memory:' ? dirname(path) : './data';
}

/** Generated once and kept beside the data, so tokens survive a restart in development. */
function developmentSecret(folder: string): string {
  const file = join(folder, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process won the race
    }
    return readFileSync(file, 'utf8').trim();
  }
}
