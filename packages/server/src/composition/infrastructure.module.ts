import { OutboxMailer, SmtpMailer } from '@campus/adapters/mail';
import {
  BcryptPasswordHasher,
  HmacDeviceTokenService,
  JwtTokenService,
  HmacVerificationCodeGenerator,
  Sha256ResetTokenGenerator,
} from '@campus/adapters/security';
import { SystemClock, UuidV7IdGenerator } from '@campus/adapters/system';
import {
  BOARD_SETTINGS,
  CLOCK,
  DEVICE_TOKEN_SERVICE,
  ID_GENERATOR,
  LOGIN_THROTTLE_POLICY,
  MAILER,
  MODERATION_SETTINGS,
  LoginThrottlePolicy,
  SESSION_POLICY,
  SessionPolicy,
  PASSWORD_HASHER,
  PASSWORD_RESET_SETTINGS,
  RESET_MAIL_FAILURES,
  RESET_TOKEN_GENERATOR,
  TOKEN_SERVICE,
  VERIFICATION_CODE_GENERATOR,
  VERIFICATION_MAIL_FAILURES,
  VERIFICATION_SETTINGS,
  WRITE_LIMIT_POLICY,
  WriteLimitPolicy,
  type BoardSettings,
  type Clock,
  type Mailer,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';

/**
 * Time, ids, hashing, tokens, mail, session lifetimes, the login throttle, the write limits, the board's
 * thresholds and the moderation rules: the same whatever the storage. `clock` replaces the system's, for tests that move time;
 * `mailer` the configured one, for tests that read or hold the mails.
 */
export function infrastructureModule(
  config: Config,
  logger: Logger,
  clock: Clock = new SystemClock(),
  mailerOverride?: Mailer,
): ContainerModule {
  return new ContainerModule(({ bind }) => {
    const ids = new UuidV7IdGenerator();
    bind(CLOCK).toConstantValue(clock);
    bind(ID_GENERATOR).toConstantValue(ids);
    bind(MAILER).toConstantValue(mailerOverride ?? mailer(config, logger, ids));
    bind(RESET_TOKEN_GENERATOR).toConstantValue(new Sha256ResetTokenGenerator());
    bind(PASSWORD_RESET_SETTINGS).toConstantValue({ publicUrl: config.publicUrl });
    // Only what failed, never the mail: its link carries the token.
    bind(RESET_MAIL_FAILURES).toConstantValue({
      report: (error: unknown) =>
        logger.warn(
          { error: error instanceof Error ? error.message : String(error) },
          'password reset mail not sent',
        ),
    });
    bind(VERIFICATION_CODE_GENERATOR).toConstantValue(new HmacVerificationCodeGenerator(config.jwtSecret));
    bind(VERIFICATION_SETTINGS).toConstantValue({ required: config.requireVerification });
    // Only what failed, never the mail: it carries the code.
    bind(VERIFICATION_MAIL_FAILURES).toConstantValue({
      report: (error: unknown) =>
        logger.warn(
          { error: error instanceof Error ? error.message : String(error) },
          'verification mail not sent',
        ),
    });
    bind(PASSWORD_HASHER).toConstantValue(new BcryptPasswordHasher(config.bcryptRounds));
    bind(TOKEN_SERVICE)
      .toResolvedValue(
        (clock: Clock) =>
          new JwtTokenService({
            secret: config.jwtSecret,
            issuer: 'campus',
            accessTtlMs: config.accessTokenTtlMs,
            refreshTtlMs: config.refreshTokenTtlMs,
            clock,
          }),
        [CLOCK],
      )
      .inSingletonScope();
    bind(DEVICE_TOKEN_SERVICE).toConstantValue(new HmacDeviceTokenService(config.jwtSecret));
    bind(LOGIN_THROTTLE_POLICY).toConstantValue(
      new LoginThrottlePolicy(config.loginMaxFailures, config.loginWindowMs, config.loginMaxPerClient),
    );
    bind(WRITE_LIMIT_POLICY).toConstantValue(new WriteLimitPolicy(config.writeLimits));
    const board: BoardSettings = {
      hotThreshold: config.hotThreshold,
      bestThreshold: config.bestThreshold,
      reportThreshold: config.reportThreshold,
    };
    bind(BOARD_SETTINGS).toConstantValue(board);
    bind(MODERATION_SETTINGS).toConstantValue({ reportMinAccountAgeMs: config.reportMinAccountAgeMs });
    bind(SESSION_POLICY).toConstantValue(
      new SessionPolicy(config.sessionMaxAgeMs, config.refreshReuseGraceMs),
    );
  });
}

/** SMTP when SMTP_URL is set; else each mail an `.eml` file in the outbox, announced by one log line. */
function mailer({ mail }: Config, logger: Logger, ids: UuidV7IdGenerator): Mailer {
  if (mail.smtpUrl) return new SmtpMailer({ url: mail.smtpUrl, from: mail.from });
  return new OutboxMailer({
    directory: mail.outbox,
    from: mail.from,
    ids,
    onWritten: (file, { to, subject }) => logger.info({ to, subject, file }, 'mail written to the outbox'),
  });
}
