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

  promoteToAdmin(): void {
    this.state = { ...this.state, role: 'admin' };
  }

  snapshot(): UserState {
    return { ...this.state };
  }
}
