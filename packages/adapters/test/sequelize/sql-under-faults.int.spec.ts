import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { createConnection } from 'mysql2/promise';
import { ConnectionError } from 'sequelize';
import { SequelizeAdapters, Sql, isDatabaseUnavailable, mysqlPools } from '../../src/sequelize/index.js';
import { SQLITE_BUSY_TIMEOUT_MS } from '../../src/sequelize/database.js';
import { TcpProxy, mysqlTestDatabase, type TestDatabase } from '../../src/testing/index.js';

/** The error `promise` rejects with, and how long it took; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  return expect.fail('expected a rejection');
}

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const insertSchool = 'INSERT INTO schools (id, name) VALUES (:id, :name)';
const nameOf = (sql: Sql, id: string) =>
  sql
    .one<{ name: string }>('SELECT name FROM schools WHERE id = :id', { id })
    .then((row) => row?.name ?? null);

describe('MySQL units of work through public APIs', function () {
  let db: TestDatabase | null;
  let adapters: SequelizeAdapters;
  let sql: Sql;
  before(async function () {
    db = await mysqlTestDatabase();
    if (!db) return this.skip();
    adapters = await SequelizeAdapters.open(db.url);
    sql = new Sql(adapters.sequelize, adapters.transactions);
  });
  after(async () => {
    await adapters?.close();
    await db?.drop();
  });

  const rename = 'UPDATE schools SET name = :name WHERE id = :id';

  /**
   * Two units that each rename a row of their own, wait for the other to have done the same, then
   * run `next` with the other's row: they lock the rows in opposite orders, so InnoDB picks one as
   * a deadlock's victim, and the unit of work runs it again. The tags of every run, in order.
   */
  async function deadlocking(
    next: (theirs: string, tag: string) => Promise<void>,
  ): Promise<{ a: string; b: string; runs: string[] }> {
    const [a, b] = [randomUUID(), randomUUID()];
    await sql.run(insertSchool, { id: a, name: `a ${a}` });
    await sql.run(insertSchool, { id: b, name: `b ${b}` });
    const both = { first: gate(), second: gate() };
    const runs: string[] = [];
    const unit = (mine: string, theirs: string, done: () => void, other: Promise<void>, tag: string) =>
      adapters.unitOfWork.run(async () => {
        runs.push(tag);
        await sql.run(rename, { id: mine, name: `${tag} ${mine}` });
        done();
        await other;
        await next(theirs, tag);
      });
    const results = await Promise.allSettled([
      unit(a, b, both.first.open, both.second.opened, 'one'),
      unit(b, a, both.second.open, both.first.opened, 'two'),
    ]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'fulfilled']);
    return { a, b, runs };
  }

  it('given two units that lock two rows in opposite orders, when they deadlock, then the loser is rolled back, refuses further statements, and runs again after the winner', async () => {
    const refused: unknown[] = [];
    const { a, b, runs } = await deadlocking(async (theirs, tag) => {
      try {
        await sql.run(rename, { id: theirs, name: `${tag} ${theirs}` });
      } catch (error) {
        // The transaction is gone: nothing more may run in it, nor silently outside it.
        refused.push(await rejection(sql.run(insertSchool, { id: randomUUID(), name: `late ${tag}` })));
        throw error;
      }
    });
    expect(refused).to.have.length(1);
    expect(String((refused[0] as { error: unknown }).error)).to.match(/rollback has been called/);
    // The loser ran twice, the second time after the winner had committed: its names are last.
    expect(runs).to.have.length(3);
    const loser = runs.at(-1)!;
    expect(runs.filter((tag) => tag === loser)).to.have.length(2);
    expect(await nameOf(sql, a)).to.equal(`${loser} ${a}`);
    expect(await nameOf(sql, b)).to.equal(`${loser} ${b}`);
    const late = await sql.one<{ n: number }>("SELECT COUNT(*) AS n FROM schools WHERE name LIKE 'late %'");
    expect(Number(late?.n)).to.equal(0);
  });

  it('given a statement queued behind one that InnoDB picks as a deadlock victim, then it is refused, not run outside the rolled-back transaction', async () => {
    const queuedRefused: string[] = [];
    const { runs } = await deadlocking(async (theirs, tag) => {
      // Sent together: the insert waits for its turn behind the update that may deadlock.
      const [renamed, queued] = await Promise.allSettled([
        sql.run(rename, { id: theirs, name: `${tag} ${theirs}` }),
        sql.run(insertSchool, { id: randomUUID(), name: `queued ${tag}` }),
      ]);
      if (renamed.status === 'rejected') {
        if (queued.status === 'rejected') queuedRefused.push(String(queued.reason));
        throw renamed.reason;
      }
      if (queued.status === 'rejected') throw queued.reason;
    });
    expect(runs).to.have.length(3);
    expect(queuedRefused).to.have.length(1);
    expect(queuedRefused[0]).to.match(/rollback has been called/);
    // One row of each unit: the loser's first insert did not slip into autocommit.
    const rows = await sql.select<{ name: string }>(
      "SELECT name FROM schools WHERE name LIKE 'queued %' ORDER BY name",
    );
    expect(rows.map((row) => row.name)).to.deep.equal(['queued one', 'queued two']);
  });

  it('given a unit that fails after writing, then nothing it wrote stays and its after-commit effects never run', async () => {
    const id = randomUUID();
    const effects: string[] = [];
    const { error } = await rejection(
      adapters.unitOfWork.run(async () => {
        await sql.run(insertSchool, { id, name: `gone ${id}` });
        await adapters.unitOfWork.afterCommit(() => Promise.resolve(void effects.push('ran')));
        throw new Error('boom');
      }),
    );
    expect(String(error)).to.match(/boom/);
    expect(await nameOf(sql, id)).to.equal(null);
    expect(effects).to.deep.equal([]);
  });

  it('given an after-commit effect, when it runs, then another connection already sees the commit, and run resolves after it', async () => {
    const id = randomUUID();
    const seen: (string | null)[] = [];
    const outside = await createConnection({ uri: db!.url });
    try {
      await adapters.unitOfWork.run(async () => {
        await sql.run(insertSchool, { id, name: `kept ${id}` });
        await adapters.unitOfWork.afterCommit(async () => {
          const [rows] = await outside.query('SELECT name FROM schools WHERE id = ?', [id]);
          seen.push((rows as { name: string }[])[0]?.name ?? null);
        });
        expect(seen).to.deep.equal([]);
      });
      expect(seen).to.deep.equal([`kept ${id}`]);
    } finally {
      await outside.end();
    }
  });

  it('given a counter, when bumped, then the new value comes back through the result header, and null for a missing row', async () => {
    const id = randomUUID();
    await sql.run(insertSchool, { id, name: `counter ${id}` });
    await sql.run('CREATE TABLE IF NOT EXISTS bump_probe (id CHAR(36) PRIMARY KEY, n INT NOT NULL)');
    await sql.run('INSERT INTO bump_probe (id, n) VALUES (:id, 5)', { id });
    expect(await adapters.unitOfWork.run(() => sql.bump('bump_probe', 'n', id, 3))).to.equal(8);
    expect(await sql.bump('bump_probe', 'n', id, -8)).to.equal(0);
    expect(await sql.bump('bump_probe', 'n', randomUUID(), 1)).to.equal(null);
  });
});

describe('MySQL waits are bounded', function () {
  this.timeout(30_000);
  const bounds = { statementMs: 1_500, acquireMs: 1_000, connectMs: 1_000, lockWaitSeconds: 1 };
  let db: TestDatabase | null;
  let proxy: TcpProxy;
  let adapters: SequelizeAdapters;
  let sql: Sql;
  before(async function () {
    db = await mysqlTestDatabase();
    if (!db) return this.skip();
    const target = new URL(db.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    const viaProxy = new URL(db.url);
    viaProxy.host = `127.0.0.1:${await proxy.start()}`;
    adapters = await SequelizeAdapters.open(viaProxy.toString(), { bounds, poolMax: 2 });
    sql = new Sql(adapters.sequelize, adapters.transactions);
  });
  afterEach(() => proxy?.restore());
  after(async () => {
    await adapters?.close();
    await proxy?.close();
    await db?.drop();
  });

  /** Waits until MySQL answers through the adapters again. */
  async function recovered(): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        expect(await sql.one<{ one: number }>('SELECT 1 AS one')).to.deep.equal({ one: 1 });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  it('given a server that stops answering, when statements are sent, inside a unit or not, then each fails as unavailable within its bound, and all works again once it answers', async () => {
    await recovered();
    const holding = gate();
    const stalled = gate();
    // A unit that already holds its connection when the server stalls, with two statements sent
    // at once: the one queued behind the first fails with it instead of waiting on for good.
    const unit = adapters.unitOfWork.run(async () => {
      await sql.one('SELECT 1 AS one');
      holding.open();
      await stalled.opened;
      const queued = await Promise.allSettled([sql.one('SELECT 2 AS two'), sql.one('SELECT 3 AS three')]);
      expect(queued.map((outcome) => outcome.status)).to.deep.equal(['rejected', 'rejected']);
      throw (queued[1] as PromiseRejectedResult).reason;
    });
    await holding.opened;
    proxy.stall();
    stalled.open();
    // Three plain reads on a pool of two: two wait for an answer, one for a connection.
    const outcomes = await Promise.all([
      rejection(unit),
      ...[3, 4, 5].map((n) => rejection(sql.select(`SELECT ${n} AS n`))),
    ]);
    outcomes.push(await rejection(adapters.unitOfWork.run(() => sql.select('SELECT 4 AS four'))));
    for (const { error, ms } of outcomes) {
      expect(isDatabaseUnavailable(error), String(error)).to.equal(true);
      expect(ms).to.be.below(bounds.statementMs + bounds.acquireMs + 500);
    }
    expect(await adapters.ping()).to.equal(false);
    proxy.restore();
    await recovered();
    expect(await adapters.ping()).to.equal(true);
    // Every connection lent out came back, or was destroyed and counted as such.
    const pools = mysqlPools(adapters.sequelize)!;
    expect(
      [pools.reads.stats(), pools.units.stats()].map(({ busy, waiting }) => busy + waiting),
    ).to.deep.equal([0, 0]);
  });

  it('given every pooled connection taken by units, when another unit waits for one, then it fails as unavailable at the acquire bound while plain reads are still served', async () => {
    await recovered();
    const release = gate();
    const holders = [0, 1].map(() =>
      adapters.unitOfWork.run(async () => {
        await sql.one('SELECT 1 AS one');
        await release.opened;
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
    const { error, ms } = await rejection(adapters.unitOfWork.run(() => sql.select('SELECT 5 AS five')));
    // Reads outside a unit have a pool of their own, which the units cannot starve.
    expect(await sql.one('SELECT 6 AS six')).to.deep.equal({ six: 6 });
    release.open();
    await Promise.all(holders);
    expect(error).to.be.instanceOf(ConnectionError);
    expect(isDatabaseUnavailable(error)).to.equal(true);
    expect(ms).to.be.within(bounds.acquireMs - 100, bounds.acquireMs + 700);
    await recovered();
  });

  it('given a row locked by another connection, when a unit needs it, then it fails as unavailable at the lock bound and its connection is free again', async () => {
    await recovered();
    const id = randomUUID();
    await sql.run(insertSchool, { id, name: `locked ${id}` });
    const holder = await createConnection({ uri: db!.url });
    try {
      await holder.query('START TRANSACTION');
      await holder.query('SELECT id FROM schools WHERE id = ? FOR UPDATE', [id]);
      const { error, ms } = await rejection(
        adapters.unitOfWork.run(() =>
          sql.run('UPDATE schools SET name = :name WHERE id = :id', { id, name: 'x' }),
        ),
      );
      expect(isDatabaseUnavailable(error), String(error)).to.equal(true);
      expect(String((error as { parent?: { code?: string } }).parent?.code)).to.equal('ER_LOCK_WAIT_TIMEOUT');
      expect(ms).to.be.within(bounds.lockWaitSeconds * 1000 - 100, bounds.statementMs);
      // Both pooled connections are usable at once: the waiting one was given back, not lost.
      expect(await Promise.all([sql.one('SELECT 6 AS six'), sql.one('SELECT 7 AS seven')])).to.have.length(2);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await nameOf(sql, id)).to.equal(`locked ${id}`);
  });
});

describe('SQLite waits are bounded', function () {
  this.timeout(20_000);
  it('given another process holding the write lock, when a unit of work begins, then it fails as unavailable after the busy timeout instead of waiting on', async () => {
    const file = join(tmpdir(), `campus-busy-${randomUUID()}.sqlite`);
    const first = await SequelizeAdapters.open(`sqlite:${file}`);
    const other = await SequelizeAdapters.open(`sqlite:${file}`);
    try {
      const [sqlA, sqlB] = [first, other].map((a) => new Sql(a.sequelize, a.transactions)) as [Sql, Sql];
      const holding = gate();
      const release = gate();
      const held = first.unitOfWork.run(async () => {
        await sqlA.run(insertSchool, { id: randomUUID(), name: 'holder' });
        holding.open();
        await release.opened;
      });
      await holding.opened;
      const { error, ms } = await rejection(
        other.unitOfWork.run(() => sqlB.run(insertSchool, { id: randomUUID(), name: 'waiter' })),
      );
      release.open();
      await held;
      expect(other.isUnavailable(error), String(error)).to.equal(true);
      expect(ms).to.be.within(SQLITE_BUSY_TIMEOUT_MS - 200, SQLITE_BUSY_TIMEOUT_MS + 1_500);
      expect(
        await other.unitOfWork.run(() => sqlB.run(insertSchool, { id: randomUUID(), name: 'later' })),
      ).to.equal(1);
    } finally {
      await first.close();
      await other.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  });
});
