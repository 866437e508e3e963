import { BcryptPasswordHasher, JwtTokenService, SystemClock, UuidV7IdGenerator } from '@campus/adapters';
import {
  CLOCK,
  ID_GENERATOR,
  LoginThrottlePolicy,
  PASSWORD_HASHER,
  TOKEN_SERVICE,
  type Clock,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { Config } from '../config/config.js';

/** Time, ids, hashing, tokens and the login throttle: the same whatever the storage. */
export function infrastructureModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(CLOCK).toConstantValue(new SystemClock());
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
    bind(LoginThrottlePolicy).toConstantValue(
      new LoginThrottlePolicy(config.loginMaxFailures, config.loginWindowMs),
    );
  });
}
