import { DomainError } from '../shared/errors.js';

/** The only admin deleting itself would leave nobody to run the service. */
export class LastAdmin extends DomainError {
  readonly code = 'LAST_ADMIN';
  readonly kind = 'conflict';
  constructor() {
    super('The only admin cannot delete their account.');
  }
}
