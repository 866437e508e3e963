import {
  InvalidCredentials,
  type Clock,
  type DepartmentRepository,
  type LoginAttemptStore,
  type LoginThrottlePolicy,
  type PasswordHasher,
  type SchoolRepository,
  type UserRepository,
} from '@campus/domain';
import { toMe, type AuthResultDto } from './identity.dto.js';
import type { SessionIssuer } from './session-issuer.js';

export interface LogInInput {
  username: string;
  password: string;
}

export class LogIn {
  /** Compared against when the user does not exist, so both failures cost one bcrypt check. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttemptStore,
    private readonly throttle: LoginThrottlePolicy,
    private readonly issuer: SessionIssuer,
    private readonly clock: Clock,
  ) {
    this.decoyHash = hasher.hash('decoy password that matches nothing');
    this.decoyHash.catch(() => undefined);
  }

  /** @throws TooManyAttempts, InvalidCredentials */
  async execute({ username, password }: LogInInput): Promise<AuthResultDto> {
    const key = username.toLowerCase();
    const now = this.clock.now();
    this.throttle.assertAllowed(await this.attempts.recentFailures(key, this.throttle.windowStart(now)), now);
    const user = await this.users.findByUsername(key);
    const valid = await this.hasher.verify(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !valid) {
      await this.attempts.recordFailure(key, now, this.throttle.windowMs);
      throw new InvalidCredentials();
    }
    await this.attempts.clear(key);
    const tokens = await this.issuer.start(user.id);
    return { user: await toMe(user, this.schools, this.departments), ...tokens };
  }
}
