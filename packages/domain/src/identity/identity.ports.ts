import { token, type Token } from '../shared/token.js';
import type { DepartmentId, SchoolId, SessionId, UserId } from '../shared/ids.js';
import type { LoginThrottlePolicy } from './login-throttle.policy.js';
import type { Department, School } from './school.entity.js';
import type { RefreshTokenState, Session, SessionPolicy } from './session.entity.js';
import type { User } from './user.entity.js';

export interface SchoolRepository {
  /** @throws SchoolExists when the name is taken (decided by a unique index). */
  save(school: School): Promise<void>;
  findById(id: SchoolId): Promise<School | null>;
  /** Every school, by name in code-point order. */
  list(): Promise<School[]>;
}
export const SCHOOL_REPOSITORY: Token<SchoolRepository> = token('SchoolRepository');

export interface DepartmentRepository {
  /** @throws DepartmentExists when the school has one by that name. */
  save(department: Department): Promise<void>;
  findById(id: DepartmentId): Promise<Department | null>;
  listBySchool(schoolId: SchoolId): Promise<Department[]>;
}
export const DEPARTMENT_REPOSITORY: Token<DepartmentRepository> = token('DepartmentRepository');

export interface UserRepository {
  /** Inserts a new account. @throws UsernameTaken, EmailTaken, NicknameTaken (unique indexes decide). */
  add(user: User): Promise<void>;
  /**
   * Updates a stored account and answers true; answers false, writing nothing, when its row is
   * gone (deleted since it was read): a save never brings a deleted account back.
   * @throws UsernameTaken, EmailTaken, NicknameTaken (unique indexes decide).
   */
  save(user: User): Promise<boolean>;
  findById(id: UserId): Promise<User | null>;
  findByUsername(username: string): Promise<User | null>;
  findManyByIds(ids: readonly UserId[]): Promise<User[]>;
}
export const USER_REPOSITORY: Token<UserRepository> = token('UserRepository');

export interface SessionRepository {
  /** Stores a new session and its first refresh token. */
  create(session: Session, token: RefreshTokenState): Promise<void>;
  findById(id: SessionId): Promise<Session | null>;
  findToken(hash: string): Promise<RefreshTokenState | null>;
  /**
   * Uses up `oldHash` and stores `next`, only if `oldHash` was still unused. Returns false when
   * another request used it first, so two concurrent refreshes yield one success.
   */
  rotate(oldHash: string, next: RefreshTokenState, now: Date): Promise<boolean>;
  /**
   * Stores one more token of a session without using any up: the answer to a just-rotated token
   * presented again within the reuse grace (two requests of one app racing).
   */
  addToken(token: RefreshTokenState): Promise<void>;
  revoke(id: SessionId, now: Date): Promise<void>;
  /** Revokes every live session of the user except `keep`; returns the ids it revoked. */
  revokeAllOf(userId: UserId, now: Date, keep?: SessionId): Promise<SessionId[]>;
}
export const SESSION_REPOSITORY: Token<SessionRepository> = token('SessionRepository');

/** One attempt counted by a LoginAttemptStore. */
export interface AttemptSlot {
  /** How many attempts the key's window holds, this one included. */
  count: number;
  /** When the key's window ends and its count starts again from zero. */
  resetsAt: Date;
  /** Takes this attempt back (it was not a failure after all). At most once; later calls do nothing. */
  release(): Promise<void>;
}

/**
 * Login attempts per key, in fixed windows opened by a key's first attempt. An attempt is
 * counted before its password is checked, atomically: attempts that race each get a count of
 * their own, so a burst cannot slip past the limit.
 */
export interface LoginAttemptStore {
  take(key: string, now: Date, windowMs: number): Promise<AttemptSlot>;
}
export const LOGIN_ATTEMPT_STORE: Token<LoginAttemptStore> = token('LoginAttemptStore');

/** Device tokens (OWASP's device cookie): opaque, bound to one user, given at each login. */
export interface DeviceTokenService {
  issue(userId: UserId): string;
  /** The device's id when `token` was issued to `userId` by this service, else null. */
  verify(token: string, userId: UserId): string | null;
}
export const DEVICE_TOKEN_SERVICE: Token<DeviceTokenService> = token('DeviceTokenService');

export interface PasswordHasher {
  hash(plain: string): Promise<string>;
  verify(plain: string, hash: string): Promise<boolean>;
}
export const PASSWORD_HASHER: Token<PasswordHasher> = token('PasswordHasher');

export interface AccessClaims {
  userId: UserId;
  sessionId: SessionId;
}

/** What a valid access token says, and until when it says it (its `exp`). */
export interface VerifiedAccess extends AccessClaims {
  expiresAt: Date;
}

export interface IssuedRefreshToken {
  token: string;
  hash: string;
}

export interface TokenService {
  issueAccessToken(claims: AccessClaims): string;
  /** @throws Unauthenticated for a bad token, TokenExpired for an expired one. */
  verifyAccessToken(token: string): VerifiedAccess;
  /** A new opaque refresh token and the hash to store instead of it. */
  newRefreshToken(): IssuedRefreshToken;
  hashRefreshToken(token: string): string;
  readonly refreshTokenTtlMs: number;
}
export const TOKEN_SERVICE: Token<TokenService> = token('TokenService');

/** The session lifetimes, from the configuration. */
export const SESSION_POLICY: Token<SessionPolicy> = token('SessionPolicy');

/** The login throttle's limits, from the configuration. */
export const LOGIN_THROTTLE_POLICY: Token<LoginThrottlePolicy> = token('LoginThrottlePolicy');
