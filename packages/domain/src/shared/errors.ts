/** How an error is meant to be answered; the server maps each kind to one HTTP status. */
export type ErrorKind =
  'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'unavailable';

export interface ErrorDetail {
  path: string;
  message: string;
}

const DOMAIN_ERROR = Symbol.for('campus.DomainError');

/**
 * Base of every error the domain and the use cases throw on purpose. `code` is the stable
 * SNAKE_CASE code clients see; `kind` decides the status. Messages never carry ids of authors.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;
  readonly details: readonly ErrorDetail[] | undefined;
  /** Marks the error across copies of this package that an application may end up with. */
  readonly [DOMAIN_ERROR] = true;

  protected constructor(message: string, details?: readonly ErrorDetail[]) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/**
 * Whether `error` is a DomainError, also one thrown by another copy of this package (two versions
 * installed side by side), which `instanceof` would miss: a brand under a global symbol.
 */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { [DOMAIN_ERROR]?: unknown })[DOMAIN_ERROR] === true)
  );
}

/** Input that breaks a rule of the domain (a value object, a length, a range). */
export class ValidationFailed extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  readonly kind = 'validation';
  constructor(path: string, message: string) {
    super(message, [{ path, message }]);
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  readonly kind = 'unauthenticated';
  constructor(message = 'Authentication is required.') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  readonly kind = 'forbidden';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}
