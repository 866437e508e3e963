import { DomainError } from '../shared/errors.js';

export class UsernameTaken extends DomainError {
  readonly code = 'USERNAME_TAKEN';
  readonly kind = 'conflict';
  constructor() {
    super('That username is already taken.');
  }
}

export class EmailTaken extends DomainError {
  readonly code = 'EMAIL_TAKEN';
  readonly kind = 'conflict';
  constructor() {
    super('That email is already registered.');
  }
}

export class NicknameTaken extends DomainError {
  readonly code = 'NICKNAME_TAKEN';
  readonly kind = 'conflict';
  constructor() {
    super('That nickname is already taken.');
  }
}

export class SchoolNotFound extends DomainError {
  readonly code = 'SCHOOL_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such school.');
  }
}

export class DepartmentNotFound extends DomainError {
  readonly code = 'DEPARTMENT_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such department in this school.');
  }
}

export class SchoolExists extends DomainError {
  readonly code = 'SCHOOL_EXISTS';
  readonly kind = 'conflict';
  constructor() {
    super('A school with that name already exists.');
  }
}

export class DepartmentExists extends DomainError {
  readonly code = 'DEPARTMENT_EXISTS';
  readonly kind = 'conflict';
  constructor() {
    super('This school already has a department with that name.');
  }
}

export class UserNotFound extends DomainError {
  readonly code = 'USER_NOT_FOUND';
  readonly kind = 'not_found';
  constructor() {
    super('No such user.');
  }
}

/** One code, one message for an unknown user and a wrong password. */
export class InvalidCredentials extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  readonly kind = 'unauthenticated';
  constructor() {
    super('Wrong username or password.');
  }
}

export class TooManyAttempts extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  readonly kind = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed logins. Try again in ${retryAfterSeconds} seconds.`);
  }
}

export class InvalidRefreshToken extends DomainError {
  readonly code = 'INVALID_REFRESH_TOKEN';
  readonly kind = 'unauthenticated';
  constructor() {
    super('The refresh token is not valid.');
  }
}

export class RefreshTokenReused extends DomainError {
  readonly code = 'REFRESH_TOKEN_REUSED';
  readonly kind = 'unauthenticated';
  constructor() {
    super('This refresh token was already used; the session has been revoked.');
  }
}

export class TokenExpired extends DomainError {
  readonly code = 'TOKEN_EXPIRED';
  readonly kind = 'unauthenticated';
  constructor() {
    super('The access token has expired.');
  }
}

export class SessionRevoked extends DomainError {
  readonly code = 'SESSION_REVOKED';
  readonly kind = 'unauthenticated';
  constructor() {
    super('This session has ended. Log in again.');
  }
}

export class SessionExpired extends DomainError {
  readonly code = 'SESSION_EXPIRED';
  readonly kind = 'unauthenticated';
  constructor() {
    super('This session has reached its maximum age. Log in again.');
  }
}

/** A nickname that would read as a label the server shows for others (`익명1`, `익명(글쓴이)`). */
export class NicknameReserved extends DomainError {
  readonly code = 'NICKNAME_RESERVED';
  readonly kind = 'validation';
  constructor() {
    super('That nickname reads like a label the service shows for others; choose another.', [
      { path: 'nickname', message: 'Reserved.' },
    ]);
  }
}
