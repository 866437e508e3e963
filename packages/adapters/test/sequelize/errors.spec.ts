import { expect } from 'chai';
import { DatabaseError, ForeignKeyConstraintError, UniqueConstraintError } from 'sequelize';
import { isAccountGone } from '../../src/sequelize/errors.js';
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

describe('isAccountGone', () => {
  const mysqlChild = (references: string) =>
    new ForeignKeyConstraintError({
      parent: Object.assign(
        new Error(
          'Cannot add or update a child row: a foreign key constraint fails (`campus`.`post_scraps`, ' +
            `CONSTRAINT \`post_scraps_ibfk_2\` FOREIGN KEY (\`user_id\`) REFERENCES \`${references}\` (\`id\`) ON DELETE CASCADE)`,
        ),
        { errno: 1452, code: 'ER_NO_REFERENCED_ROW_2', sql: '' },
      ),
    });

  it('given a foreign key to users refusing a write on MySQL, then the account is gone', () => {
    expect(isAccountGone(mysqlChild('users'))).to.equal(true);
  });

  it('given a foreign key to another table on MySQL, then it is not: a bug stays a 500', () => {
    expect(isAccountGone(mysqlChild('posts'))).to.equal(false);
    expect(isAccountGone(mysqlChild('users_archive'))).to.equal(false);
  });

  it("given SQLite's foreign key failure (it names no key), or migration 0014's trigger, then the account is gone", () => {
    const sqlite = new ForeignKeyConstraintError({
      parent: Object.assign(new Error('SQLITE_CONSTRAINT: FOREIGN KEY constraint failed'), {
        code: 'SQLITE_CONSTRAINT',
        sql: '',
      }),
    });
    expect(isAccountGone(sqlite)).to.equal(true);
    expect(isAccountGone(new DatabaseError(Object.assign(new Error('ACCOUNT_GONE'), { sql: '' })))).to.equal(
      true,
    );
  });

  it('given other errors, then false', () => {
    expect(isAccountGone(new UniqueConstraintError({}))).to.equal(false);
    expect(isAccountGone(new Error('Cannot add or update a child row'))).to.equal(false);
    expect(isAccountGone(null)).to.equal(false);
  });
});
