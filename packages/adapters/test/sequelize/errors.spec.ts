import { expect } from 'chai';
import { DatabaseError, UniqueConstraintError } from 'sequelize';
import { isDatabaseUnavailable } from '../../src/sequelize/index.js';

const driverError = (message: string, fields: { code?: string; fatal?: boolean }) =>
  Object.assign(new Error(message), fields);

describe('isDatabaseUnavailable', () => {
  it('given a driver error wrapped by Sequelize, then it tells a database away from a refused statement', () => {
    const wrap = (error: Error) => new DatabaseError(Object.assign(error, { sql: '' }));
    expect(
      isDatabaseUnavailable(wrap(driverError('Lock wait timeout', { code: 'ER_LOCK_WAIT_TIMEOUT' }))),
    ).to.equal(true);
    expect(isDatabaseUnavailable(wrap(driverError('gone', { code: 'ER_WHATEVER', fatal: true })))).to.equal(
      true,
    );
    expect(isDatabaseUnavailable(wrap(driverError('Duplicate entry', { code: 'ER_DUP_ENTRY' })))).to.equal(
      false,
    );
  });

  it('given a driver error that reaches the caller unwrapped (a statement timing out at commit), then it is unavailable too', () => {
    expect(
      isDatabaseUnavailable(driverError('Query inactivity timeout', { code: 'PROTOCOL_SEQUENCE_TIMEOUT' })),
    ).to.equal(true);
    expect(
      isDatabaseUnavailable(
        driverError('Connection lost', { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }),
      ),
    ).to.equal(true);
  });

  it('given anything else, then false: a bug stays a 500', () => {
    expect(isDatabaseUnavailable(new Error('undefined is not a function'))).to.equal(false);
    expect(isDatabaseUnavailable(new UniqueConstraintError({}))).to.equal(false);
    expect(isDatabaseUnavailable(driverError('Duplicate entry', { code: 'ER_DUP_ENTRY' }))).to.equal(false);
    expect(isDatabaseUnavailable(null)).to.equal(false);
    expect(isDatabaseUnavailable('ECONNRESET')).to.equal(false);
  });
});
