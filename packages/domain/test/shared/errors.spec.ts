import { expect } from 'chai';
import { DomainError, Forbidden, ValidationFailed, isDomainError } from '../../src/index.js';

describe('isDomainError', () => {
  it('given errors of this package, then true; for anything else, false', () => {
    expect(isDomainError(new Forbidden())).to.equal(true);
    expect(isDomainError(new ValidationFailed('title', 'Too long.'))).to.equal(true);
    for (const other of [
      new Error('boom'),
      new TypeError('x'),
      { code: 'FORBIDDEN' },
      null,
      undefined,
      'x',
    ]) {
      expect(isDomainError(other), JSON.stringify(other)).to.equal(false);
    }
  });

  it('given an error of another copy of the package, which instanceof misses, then true by its brand', () => {
    // What a second copy's class would build: its own Error subclass, branded with the same global symbol.
    class CopiedError extends Error {
      readonly code = 'FORBIDDEN';
      readonly kind = 'forbidden';
    }
    const copied = Object.assign(new CopiedError('Not yours.'), { [Symbol.for('campus.DomainError')]: true });
    expect(copied instanceof DomainError).to.equal(false);
    expect(isDomainError(copied)).to.equal(true);
  });
});
