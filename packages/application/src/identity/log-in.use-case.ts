import {
  InvalidCredentials,
  type DepartmentRepository,
  type DeviceTokenService,
  type LoginThrottlePolicy,
  type SchoolRepository,
  type UserRepository,
} from '@campus/domain';
import { toMe, type LogInResultDto } from './identity.dto.js';
import { LoginGuard } from './login-guard.js';
import type { SessionIssuer } from './session-issuer.js';

export interface LogInInput {
  username: string;
  password: string;
  /** A device token from an earlier login of this user, if the client kept one. */
  deviceToken?: string | undefined;
  /** Where the attempt came from, for the per-client limit. */
  clientAddress?: string | undefined;
}

export class LogIn {
  constructor(
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
    private readonly guard: LoginGuard,
    private readonly throttle: LoginThrottlePolicy,
    private readonly devices: DeviceTokenService,
    private readonly issuer: SessionIssuer,
  ) {}

  /** @throws TooManyAttempts, InvalidCredentials */
  async execute({ username, password, deviceToken, clientAddress }: LogInInput): Promise<LogInResultDto> {
    // A spelling that is not a username (padded, say) is an unknown user: a collation must not match it.
    const typed = username.toLowerCase();
    const user = LoginGuard.isUsername(typed) ? await this.users.findByUsername(typed) : null;
    const deviceId = user && deviceToken ? this.devices.verify(deviceToken, user.id) : null;
    const reservation = await this.guard.reserve(
      this.throttle.countersFor({ username, deviceId, clientAddress }),
    );
    const valid = await this.guard.matches(password, user?.passwordHash ?? null);
    if (!user || !valid) throw new InvalidCredentials();
    await reservation.release();
    const tokens = await this.issuer.start(user.id);
    return {
      user: await toMe(user, this.schools, this.departments),
      ...tokens,
      deviceToken: deviceId ? deviceToken! : this.devices.issue(user.id),
    };
  }
}
