import { DomainError } from '../shared/errors.js';

/** The address is not at one of the member's school's e-mail domains (or the school has none). */
export class EmailDomainNotAllowed extends DomainError {
  readonly code = 'EMAIL_DOMAIN_NOT_ALLOWED';
  readonly kind = 'validation';
  constructor() {
    super("Use an address at one of your school's e-mail domains.", [
      { path: 'email', message: "Not at one of the school's e-mail domains." },
    ]);
  }
}

/** A code that is wrong, expired, used, replaced or out of tries: one answer for all of them. */
export class InvalidCode extends DomainError {
  readonly code = 'INVALID_CODE';
  readonly kind = 'validation';
  constructor() {
    super('This code is invalid or has expired. Ask for a new one.');
  }
}

/** Writing needs a verified school e-mail while `REQUIRE_VERIFICATION` is on. */
export class VerificationRequired extends DomainError {
  readonly code = 'VERIFICATION_REQUIRED';
  readonly kind = 'forbidden';
  constructor() {
    super('Verify your school e-mail address first.');
  }
}

/** An admin restricted the member to reading until `until`. */
export class Restricted extends DomainError {
  readonly code = 'RESTRICTED';
  readonly kind = 'forbidden';
  constructor(readonly until: Date) {
    super('Your account may only read until the restriction ends.', [
      { path: 'until', message: until.toISOString() },
    ]);
  }
}
