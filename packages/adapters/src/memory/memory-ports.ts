import {
  BOARD_SETTINGS,
  CLOCK,
  DEFAULT_BOARD_SETTINGS,
  DEFAULT_MODERATION_SETTINGS,
  DEVICE_TOKEN_SERVICE,
  ID_GENERATOR,
  LOGIN_ATTEMPT_STORE,
  LOGIN_THROTTLE_POLICY,
  LoginThrottlePolicy,
  MAILER,
  MODERATION_SETTINGS,
  NOTIFICATION_FEED,
  NOTIFICATION_PUBLISHER,
  PASSWORD_HASHER,
  PASSWORD_RESET_SETTINGS,
  RESET_MAIL_FAILURES,
  RESET_TOKEN_GENERATOR,
  SESSION_POLICY,
  SessionPolicy,
  TOKEN_SERVICE,
  VERIFICATION_CODE_GENERATOR,
  VERIFICATION_MAIL_FAILURES,
  VERIFICATION_SETTINGS,
  WRITE_LIMIT_POLICY,
  WRITE_LIMITER,
  WriteLimitPolicy,
  type Clock,
  type IdGenerator,
  type Mailer,
  type ModerationSettings,
  type PasswordHasher,
  type WriteLimitSettings,
} from '@campus/domain';
import { AFTER_COMMIT } from '../cache/after-commit.js';
import { provide, type Ports } from '../composition/provisions.js';
import { RecordingMailer } from '../mail/recording-mailer.js';
import { HmacDeviceTokenService } from '../security/hmac-device-token-service.js';
import { HmacVerificationCodeGenerator } from '../security/hmac-verification-code-generator.js';
import { JwtTokenService } from '../security/jwt-token-service.js';
import { ScryptPasswordHasher } from '../security/scrypt-password-hasher.js';
import { Sha256ResetTokenGenerator } from '../security/sha256-reset-token-generator.js';
import { UuidV7IdGenerator } from '../system/id-generators.js';
import { SystemClock } from '../system/system-clock.js';
import { InMemoryLoginAttemptStore } from './identity/in-memory-login-attempt-store.js';
import { InMemoryWriteLimiter } from './limits/in-memory-write-limiter.js';
import { MemoryDatabase } from './memory-database.js';
import { memoryRepositories } from './memory-modules.js';
import { AfterCommitNotificationPublisher } from './notifications/after-commit-notification-publisher.js';
import { InProcessNotificationBus } from './notifications/notification-bus.js';
import { NotificationHub } from './notifications/notification-hub.js';

export interface MemoryPortsOptions {
  /** Signs access and device tokens: at least 32 bytes. */
  secret: string;
  clock?: Clock;
  ids?: IdGenerator;
  /** Default: scrypt on node:crypto, so nothing native is loaded. */
  hasher?: PasswordHasher;
  db?: MemoryDatabase;
  /** Default: the server's (a post every 10 s, a comment every 3 s, 30 other writes a minute). */
  writeLimits?: WriteLimitSettings;
  /** Default: a RecordingMailer, which keeps the mails in memory for the embedder to deliver. */
  mailer?: Mailer;
  /** The address people reach the service at, for links in mails. Default: `http://localhost:3000`. */
  publicUrl?: string;
  /** Told of a password-reset mail that could not be sent. Default: a warning on the console. */
  onResetMailFailure?: (error: unknown) => void;
  /** Only members with a verified school e-mail (and admins) may write. Default: false. */
  requireVerification?: boolean;
  /** Told of a verification mail that could not be sent. Default: a warning on the console. */
  onVerificationMailFailure?: (error: unknown) => void;
  /** Default: the server's (reports count toward the threshold from accounts a day old). */
  moderation?: ModerationSettings;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The server's default write limits. */
const WRITE_LIMITS: WriteLimitSettings = {
  postIntervalMs: 10_000,
  commentIntervalMs: 3_000,
  messageIntervalMs: 2_000,
  writeBurst: 30,
};

/**
 * Every port the use cases need, in this process's memory, with the server's defaults: tokens
 * valid 30 minutes (refresh 7 days, a session at most 30 days), 5 failed logins per user and 50
 * per client address in 15 minutes, the write limits (a post every 10 s, a comment every 3 s, 30
 * other writes a minute, per user), the board's default thresholds, reports counting from accounts
 * a day old. For embedding and tests;
 * loads no database driver, Redis client or native module.
 */
export function memoryPorts(options: MemoryPortsOptions): Ports {
  const { secret, clock = new SystemClock(), ids = new UuidV7IdGenerator() } = options;
  const tokens = new JwtTokenService({
    secret,
    issuer: 'campus',
    accessTtlMs: 30 * MINUTE,
    refreshTtlMs: 7 * DAY,
    clock,
  });
  const repositories = memoryRepositories(options.db ?? new MemoryDatabase());
  // Notifications reach the streams of this process only: one process, one bus.
  const bus = new InProcessNotificationBus();
  return repositories.add([
    provide(
      NOTIFICATION_PUBLISHER,
      new AfterCommitNotificationPublisher(repositories.get(AFTER_COMMIT), bus),
    ),
    provide(NOTIFICATION_FEED, new NotificationHub(bus)),
    provide(CLOCK, clock),
    provide(ID_GENERATOR, ids),
    provide(PASSWORD_HASHER, options.hasher ?? new ScryptPasswordHasher()),
    provide(TOKEN_SERVICE, tokens),
    provide(DEVICE_TOKEN_SERVICE, new HmacDeviceTokenService(secret)),
    provide(LOGIN_ATTEMPT_STORE, new InMemoryLoginAttemptStore()),
    provide(LOGIN_THROTTLE_POLICY, new LoginThrottlePolicy(5, 15 * MINUTE, 50)),
    provide(WRITE_LIMITER, new InMemoryWriteLimiter()),
    provide(WRITE_LIMIT_POLICY, new WriteLimitPolicy(options.writeLimits ?? WRITE_LIMITS)),
    provide(SESSION_POLICY, new SessionPolicy(30 * DAY, 10_000)),
    provide(BOARD_SETTINGS, DEFAULT_BOARD_SETTINGS),
    provide(MODERATION_SETTINGS, options.moderation ?? DEFAULT_MODERATION_SETTINGS),
    provide(MAILER, options.mailer ?? new RecordingMailer()),
    provide(RESET_TOKEN_GENERATOR, new Sha256ResetTokenGenerator()),
    provide(PASSWORD_RESET_SETTINGS, { publicUrl: options.publicUrl ?? 'http://localhost:3000' }),
    provide(RESET_MAIL_FAILURES, {
      report:
        options.onResetMailFailure ??
        ((error: unknown) =>
          console.warn(
            'password reset mail not sent:',
            error instanceof Error ? error.message : String(error),
          )),
    }),
    provide(VERIFICATION_CODE_GENERATOR, new HmacVerificationCodeGenerator(secret)),
    provide(VERIFICATION_SETTINGS, { required: options.requireVerification ?? false }),
    provide(VERIFICATION_MAIL_FAILURES, {
      report:
        options.onVerificationMailFailure ??
        ((error: unknown) =>
          console.warn(
            'verification mail not sent:',
            error instanceof Error ? error.message : String(error),
          )),
    }),
  ]);
}
