import type { DepartmentId, SchoolId, UserId } from '../shared/ids.js';
import { Email, Username } from './identity.values.js';
import { Nickname } from './nickname.value.js';

export type Role = 'user' | 'admin';

export interface UserState {
  id: UserId;
  username: string;
  email: string;
  nickname: string;
  role: Role;
  schoolId: SchoolId | null;
  departmentId: DepartmentId | null;
  passwordHash: string;
  joinedAt: Date;
  /** When the account's e-mail was last proven to be the member's school address; null: never. */
  verifiedAt: Date | null;
  /** Until when an admin has restricted the member to reading; null, or past: not restricted. */
  restrictedUntil: Date | null;
  restrictionReason: string | null;
}

export interface NewUser {
  id: UserId;
  username: string;
  email: string;
  nickname: string;
  role?: Role;
  schoolId: SchoolId | null;
  departmentId: DepartmentId | null;
  passwordHash: string;
}

export class User {
  private constructor(private state: UserState) {}

  static create(input: NewUser, now: Date): User {
    return new User({
      id: input.id,
      username: Username.parse(input.username),
      email: Email.parse(input.email),
      nickname: Nickname.parse(input.nickname),
      role: input.role ?? 'user',
      schoolId: input.schoolId,
      departmentId: input.departmentId,
      passwordHash: input.passwordHash,
      joinedAt: now,
      verifiedAt: null,
      restrictedUntil: null,
      restrictionReason: null,
    });
  }

  static rehydrate(state: UserState): User {
    return new User({ ...state });
  }

  get id(): UserId {
    return this.state.id;
  }
  get username(): string {
    return this.state.username;
  }
  get email(): string {
    return this.state.email;
  }
  get nickname(): string {
    return this.state.nickname;
  }
  get role(): Role {
    return this.state.role;
  }
  get schoolId(): SchoolId | null {
    return this.state.schoolId;
  }
  get departmentId(): DepartmentId | null {
    return this.state.departmentId;
  }
  get passwordHash(): string {
    return this.state.passwordHash;
  }
  get joinedAt(): Date {
    return this.state.joinedAt;
  }

  get verifiedAt(): Date | null {
    return this.state.verifiedAt;
  }
  get verified(): boolean {
    return this.state.verifiedAt !== null;
  }
  get restrictedUntil(): Date | null {
    return this.state.restrictedUntil;
  }
  get restrictionReason(): string | null {
    return this.state.restrictionReason;
  }

  /** Restricted at `now`: the restriction's end is still ahead. */
  isRestrictedAt(now: Date): boolean {
    const until = this.state.restrictedUntil;
    return until !== null && now.getTime() < until.getTime();
  }

  isAdmin(): boolean {
    return this.state.role === 'admin';
  }

  /** Admins belong everywhere; everyone else only to their own school. */
  isMemberOf(schoolId: SchoolId): boolean {
    return this.isAdmin() || this.state.schoolId === schoolId;
  }

  changeNickname(nickname: string): void {
    this.state = { ...this.state, nickname: Nickname.parse(nickname) };
  }

  changePasswordHash(passwordHash: string): void {
    this.state = { ...this.state, passwordHash };
  }

  /** The address was proven by a mailed code: it becomes the account's e-mail. */
  verifyEmail(email: string, now: Date): void {
    this.state = { ...this.state, email: Email.parse(email), verifiedAt: now };
  }

  /** Reading only, until `until`; a new restriction replaces the one before. */
  restrict(until: Date, reason: string): void {
    this.state = { ...this.state, restrictedUntil: until, restrictionReason: reason };
  }

  liftRestriction(): void {
    this.state = { ...this.state, restrictedUntil: null, restrictionReason: null };
  }

  promoteToAdmin(): void {
    this.state = { ...this.state, role: 'admin' };
  }

  snapshot(): UserState {
    return { ...this.state };
  }
}
