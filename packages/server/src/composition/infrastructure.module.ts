import { BcryptPasswordHasher, HmacDeviceTokenService, JwtTokenService } from '@campus/adapters/security';
import { SystemClock, UuidV7IdGenerator } from '@campus/adapters/system';
import {
  BOARD_SETTINGS,
  CLOCK,
  DEVICE_TOKEN_SERVICE,
  ID_GENERATOR,
  LOGIN_THROTTLE_POLICY,
  LoginThrottlePolicy,
  SESSION_POLICY,
  SessionPolicy,
  PASSWORD_HASHER,
  TOKEN_SERVICE,
  type BoardSettings,
  type Clock,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { Config } from '../config/config.js';

/**
 * Time, ids, hashing, tokens, session lifetimes, the login throttle and the board's thresholds: the
 * same whatever the storage. `clock` replaces the system's, for tests that move time.
 */
export function infrastructureModule(config: Config, clock: Clock = new SystemClock()): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(CLOCK).toConstantValue(clock);
    bind(ID_GENERATOR).toConstantValue(new UuidV7IdGenerator());
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
    const board: BoardSettings = {
      hotThreshold: config.hotThreshold,
      bestThreshold: config.bestThreshold,
      reportThreshold: config.reportThreshold,
    };
    bind(BOARD_SETTINGS).toConstantValue(board);
    bind(SESSION_POLICY).toConstantValue(
      new SessionPolicy(config.sessionMaxAgeMs, config.refreshReuseGraceMs),
    );
  });
}
