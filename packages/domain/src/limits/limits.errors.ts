import { DomainError } from '../shared/errors.js';

/** A write came sooner than its interval, or over the per-minute budget, allows. */
export class TooFast extends DomainError {
  readonly code = 'TOO_FAST';
  readonly kind = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`You are writing too fast. Try again in ${retryAfterSeconds} seconds.`);
  }
}
