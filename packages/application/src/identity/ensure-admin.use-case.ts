import {
  Nickname,
  Password,
  User,
  UserId,
  UsernameTaken,
  type Clock,
  type IdGenerator,
  type PasswordHasher,
  type UserRepository,
} from '@campus/domain';

export interface EnsureAdminInput {
  username: string;
  password: string;
}

export type EnsureAdminOutput = 'created' | 'promoted' | 'unchanged';

/**
 * Makes sure an administrator account exists (the ADMIN_USERNAME/ADMIN_PASSWORD bootstrap). An
 * existing account is promoted but keeps its password: start-up never overwrites credentials.
 */
export class EnsureAdmin {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** @throws ValidationFailed, UsernameTaken/EmailTaken/NicknameTaken when another account holds them */
  async execute({ username, password }: EnsureAdminInput): Promise<EnsureAdminOutput> {
    const existing = await this.users.findByUsername(username);
    if (existing?.isAdmin()) return 'unchanged';
    if (existing) {
      existing.promoteToAdmin();
      // Deleted since it was read: the name is free again, so the admin is created below.
      if (await this.users.save(existing)) return 'promoted';
      return this.execute({ username, password });
    }
    Password.assertAcceptable(password);
    const admin = User.create(
      {
        id: UserId(this.ids.next()),
        username,
        email: `${username}@admin.campus.invalid`,
        nickname: adminNickname(username),
        role: 'admin',
        schoolId: null,
        departmentId: null,
        passwordHash: await this.hasher.hash(password),
      },
      this.clock.now(),
    );
    try {
      await this.users.add(admin);
    } catch (error) {
      // Another instance starting at the same moment created it first: that is the same outcome.
      if (error instanceof UsernameTaken && (await this.users.findByUsername(username))?.isAdmin())
        return 'unchanged';
      throw error;
    }
    return 'created';
  }
}

/**
 * The username, unless it reads as a label the server shows for others (`admin` does): then it
 * is marked as the administrator's, which no member can take.
 */
function adminNickname(username: string): string {
  return Nickname.isReserved(username) ? `관리자_${username}` : username;
}
