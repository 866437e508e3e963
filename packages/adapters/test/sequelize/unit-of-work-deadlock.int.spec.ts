import { expect } from 'chai';
import type { UnitOfWork } from '@campus/domain';
import { isDatabaseUnavailable, type Sql } from '../../src/sequelize/index.js';
import { SQL_TARGETS } from './sql-targets.js';

const mysql = SQL_TARGETS.find((t) => t.name === 'mysql')!;

/** A unit that InnoDB rolls back as a deadlock's victim is run again; any other failure is not. */
describe('UnitOfWork after a deadlock (mysql)', function () {
  let uow: UnitOfWork;
  let sql: Sql;
  let dispose: () => Promise<void>;
  before(async function () {
    const opened = await mysql.open();
    if (!opened) return this.skip();
    ({ unitOfWork: uow, sql } = opened.adapters);
    dispose = opened.dispose;
    await sql.run('CREATE TABLE uow_deadlock_probe (id INT PRIMARY KEY, n INT NOT NULL)');
  });
  beforeEach(async () => {
    await sql.run('DELETE FROM uow_deadlock_probe');
    await sql.run('INSERT INTO uow_deadlock_probe (id, n) VALUES (1, 0), (2, 0)');
  });
  after(async () => {
    await sql?.run('DROP TABLE IF EXISTS uow_deadlock_probe');
    await dispose?.();
  });

  const bump = (id: number) => sql.run('UPDATE uow_deadlock_probe SET n = n + 1 WHERE id = :id', { id });

  it('given two units locking two rows in opposite orders, then both commit once and one of them ran twice', async () => {
    const runs = { a: 0, b: 0 };
    let firstLocks = 0;
    let bothLocked!: () => void;
    const barrier = new Promise<void>((resolve) => (bothLocked = resolve));
    const unit = (name: 'a' | 'b', first: number, second: number) =>
      uow.run(async () => {
        runs[name] += 1;
        await bump(first);
        // Only the first run waits for the other unit's first lock: that is what deadlocks.
        if (runs[name] === 1 && ++firstLocks === 2) bothLocked();
        if (runs[name] === 1) await barrier;
        await bump(second);
      });
    await Promise.all([unit('a', 1, 2), unit('b', 2, 1)]);
    expect(runs.a + runs.b).to.equal(3);
    const rows = await sql.select<{ id: number; n: number }>(
      'SELECT id, n FROM uow_deadlock_probe ORDER BY id',
    );
    expect(rows.map((r) => Number(r.n))).to.deep.equal([2, 2]);
  });

  /** A unit that bumps row 1 and then throws `error`: how often it ran, what reached the caller. */
  async function failing(error: () => Error): Promise<{ runs: number; failure: unknown }> {
    let runs = 0;
    const failure = await uow
      .run(async () => {
        runs += 1;
        await bump(1);
        throw error();
      })
      .then(
        () => expect.fail('the unit should have failed'),
        (thrown: unknown) => thrown,
      );
    // Every run was rolled back.
    const rows = await sql.select<{ n: number }>('SELECT n FROM uow_deadlock_probe WHERE id = 1');
    expect(rows.map((r) => Number(r.n))).to.deep.equal([0]);
    return { runs, failure };
  }

  it("given a unit that is a deadlock's victim every time, then it runs three times and its error is a 503", async () => {
    const deadlock = () =>
      Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK' });
    const { runs, failure } = await failing(deadlock);
    expect(runs).to.equal(3);
    expect(isDatabaseUnavailable(failure), String(failure)).to.equal(true);
  });

  it('given a unit failing otherwise, then it runs once and its error reaches the caller', async () => {
    const { runs, failure } = await failing(() => new Error('boom'));
    expect(failure).to.be.instanceOf(Error).with.property('message', 'boom');
    expect(runs).to.equal(1);
  });
});
