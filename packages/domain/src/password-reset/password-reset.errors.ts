import { DomainError } from '../shared/errors.js';

/** A reset token that is unknown, used or expired: one answer for all three, on purpose. */
export class InvalidResetToken extends DomainError {
  readonly code = 'INVALID_TOKEN';
  readonly kind = 'validation';
  constructor() {
    super('This password reset link is invalid or has expired.');
  }
}
