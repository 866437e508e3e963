import { expect } from 'chai';
import { MAX_PAGE_LIMIT, ValidationFailed, checkPageRequest, type PageRequest } from '../../src/index.js';

describe('checkPageRequest', () => {
  const fails = (page: unknown, path: string) => {
    let caught: unknown;
    try {
      checkPageRequest(page as PageRequest);
    } catch (error) {
      caught = error;
    }
    expect(caught, JSON.stringify(page)).to.be.instanceOf(ValidationFailed);
    expect((caught as ValidationFailed).details).to.deep.equal([
      { path, message: (caught as ValidationFailed).message },
    ]);
  };

  it('given a whole limit from 1 to the maximum and a keyset or none, then the request is handed back', () => {
    for (const page of [
      { limit: 1, after: null },
      { limit: MAX_PAGE_LIMIT, after: { value: Date.parse('2026-03-01T00:00:00Z'), id: 'a' } },
      { limit: 20, after: { value: 0, id: 'x'.repeat(100) } },
      { limit: 20, after: { value: -8.64e15, id: 'a' } },
    ]) {
      expect(checkPageRequest(page)).to.equal(page);
    }
  });

  it('given a limit that is not a whole number from 1 to the maximum, then VALIDATION_FAILED on limit', () => {
    for (const limit of [0, -1, MAX_PAGE_LIMIT + 1, 1.5, Number.NaN, Infinity, '20', '1) OR (1=1', null]) {
      fails({ limit, after: null }, 'limit');
    }
  });

  it('given a keyset that no page could have handed out, then VALIDATION_FAILED on cursor', () => {
    for (const after of [
      { value: Number.NaN, id: 'a' },
      { value: 1e308, id: 'a' },
      { value: 8.64e15 + 1, id: 'a' },
      { value: 1.5, id: 'a' },
      { value: '1', id: 'a' },
      { value: 1, id: '' },
      { value: 1, id: 'x'.repeat(101) },
      { value: 1, id: 7 },
      { value: 1 },
      'cursor',
      undefined,
    ]) {
      fails({ limit: 20, after }, 'cursor');
    }
  });
});
