export {
  DepartmentExists,
  DepartmentNotFound,
  EmailTaken,
  InvalidCredentials,
  InvalidRefreshToken,
  NicknameReserved,
  NicknameTaken,
  RefreshTokenReused,
  SchoolExists,
  SchoolNotFound,
  SessionExpired,
  SessionRevoked,
  TokenExpired,
  TooManyAttempts,
  UsernameTaken,
  UserNotFound,
} from './identity.errors.js';
export { EmailDomains } from './email-domains.value.js';
export { Email, Name, Password, Username } from './identity.values.js';
export { Nickname } from './nickname.value.js';
export {
  type AccessClaims,
  type VerifiedAccess,
  type AttemptSlot,
  DEPARTMENT_REPOSITORY,
  type DepartmentRepository,
  DEVICE_TOKEN_SERVICE,
  type DeviceTokenService,
  type IssuedRefreshToken,
  LOGIN_ATTEMPT_STORE,
  type LoginAttemptStore,
  PASSWORD_HASHER,
  type PasswordHasher,
  SCHOOL_REPOSITORY,
  type SchoolRepository,
  SESSION_REPOSITORY,
  type SessionRepository,
  TOKEN_SERVICE,
  type TokenService,
  USER_REPOSITORY,
  type UserRepository,
  LOGIN_THROTTLE_POLICY,
  SESSION_POLICY,
} from './identity.ports.js';
export {
  Department,
  type DepartmentState,
  type NewSchool,
  School,
  type SchoolState,
} from './school.entity.js';
export { type NewUser, type Role, User, type UserState } from './user.entity.js';
export {
  type RefreshTokenState,
  type RefreshVerdict,
  Session,
  SessionPolicy,
  type SessionState,
} from './session.entity.js';
export {
  type LoginAttemptFacts,
  LoginThrottlePolicy,
  type ThrottleCounter,
} from './login-throttle.policy.js';
export { type Actor, isAdmin, isMemberOf } from './actor.js';
