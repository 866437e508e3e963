import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoardId, School, SchoolId } from '@campus/domain';
import { expect } from 'chai';
import { UniqueConstraintError } from 'sequelize';
import { MIGRATIONS, SequelizeAdapters, Sql, createSequelize, migrate } from '../../src/sequelize/index.js';
import { isInMemory } from '../../src/sequelize/database.js';
import {
  BoardWorld,
  countStatements,
  emptyMysqlDatabase,
  mysqlTestDatabase,
} from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

/** The error `promise` rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail('expected a rejection');
}

describe('createSequelize', () => {
  it('given sqlite::memory:, when built, then it is SQLite in memory without the deprecated URL form', async () => {
    const sequelize = createSequelize('sqlite::memory:');
    expect(sequelize.getDialect()).to.equal('sqlite');
    expect(isInMemory(sequelize)).to.equal(true);
    await sequelize.close();
  });

  it('given closed adapters, when pinged, then they answer false instead of throwing', async () => {
    const adapters = await SequelizeAdapters.open('sqlite::memory:');
    await adapters.close();
    expect(await adapters.ping()).to.equal(false);
  });

  it('given an unknown scheme, when built, then it refuses without echoing credentials', () => {
    expect(() => createSequelize('postgres://user:secret@host/db')).to.throw(/postgres:/);
    expect(() => createSequelize('postgres://user:secret@host/db')).not.to.throw(/secret/);
  });
});

for (const target of SQL_TARGETS) {
  describe(`Sequelize infrastructure (${target.name})`, () => {
    let opened: Awaited<ReturnType<typeof target.open>>;
    beforeEach(async function () {
      opened = await target.open();
      if (!opened) this.skip();
    });
    afterEach(async () => {
      await opened?.dispose();
    });

    it('given a page limit that is not a whole number, then it is never written into a statement', async () => {
      const { adapters } = opened!;
      const sql = new Sql(adapters.sequelize, adapters.transactions);
      expect(sql.pageLimit(20)).to.equal('LIMIT 21');
      for (const limit of ['1) OR (1=1', '20', 1.5, Number.NaN, 0]) {
        expect(() => sql.pageLimit(limit as number), String(limit)).to.throw(TypeError);
        const listing = adapters.postQueries.listBoardPosts(
          { boardId: BoardId(randomUUID()), includeHidden: false },
          { limit: limit as number, after: null },
        );
        expect(await rejection(listing), String(limit)).to.be.instanceOf(TypeError);
      }
    });

    it('given a migrated database, when migrated again, then nothing runs and every migration is recorded', async () => {
      const { sequelize } = opened!.adapters;
      expect(await migrate(sequelize)).to.deep.equal([]);
      const [rows] = await sequelize.query('SELECT name FROM schema_migrations ORDER BY name');
      expect((rows as { name: string }[]).map((r) => r.name)).to.deep.equal(MIGRATIONS.map((m) => m.name));
    });

    it('given hand-written SQL, then values are bound by name, rows changed are counted, a missing value is refused, a duplicate is a UniqueConstraintError without the values sent, and each statement is logged with them', async () => {
      const { adapters } = opened!;
      const sql = new Sql(adapters.sequelize, adapters.transactions);
      const counter = countStatements(adapters.sequelize);
      const id = randomUUID();
      const insert = 'INSERT INTO schools (id, name) VALUES (:id, :name)';
      const values = { id, name: "O'Hare :name" };
      expect(await sql.run(insert, values)).to.equal(1);
      expect(
        await sql.one<{ name: string }>('SELECT name FROM schools WHERE id = :id', { id }),
      ).to.deep.equal({
        name: "O'Hare :name",
      });
      expect(counter.log[0]).to.include(id);
      const duplicate = await rejection(sql.run(insert, values));
      expect(duplicate).to.be.instanceOf(UniqueConstraintError);
      if (target.name === 'mysql') expect(JSON.stringify(duplicate)).not.to.include('Hare');
      expect(
        String(
          await rejection(sql.select('SELECT name FROM schools WHERE id = :id AND name = :name', { id })),
        ),
      ).to.match(/:name" has no entry/);
      expect(
        await adapters.unitOfWork.run(() => sql.run('DELETE FROM schools WHERE id = :id', { id })),
      ).to.equal(1);
    });

    it('given units of work, then each sends its BEGIN, statements and COMMIT or ROLLBACK under one transaction, and a failed one undoes what models and hand-written SQL wrote', async () => {
      const { adapters } = opened!;
      const sql = new Sql(adapters.sequelize, adapters.transactions);
      const counter = countStatements(adapters.sequelize);
      const insert = 'INSERT INTO schools (id, name) VALUES (:id, :name)';
      const unit = (name: string, fail: boolean) =>
        adapters.unitOfWork.run(async () => {
          await adapters.schools.save(School.create({ id: SchoolId(randomUUID()), name: `${name} model` }));
          await sql.run(insert, { id: randomUUID(), name: `${name} sql` });
          if (fail) throw new Error(`${name} fails`);
        });
      const names = async () =>
        (await sql.select<{ name: string }>('SELECT name FROM schools ORDER BY name')).map((r) => r.name);
      /** The transaction id and statement of each logged line. */
      const sent = (log: readonly string[]) =>
        log.map((line) => /^Executing \(([^)]+)\): (.*)$/s.exec(line)!.slice(1, 3) as [string, string]);

      const failed = await counter.during(() => rejection(unit('undone', true)));
      expect(String(failed.result)).to.include('undone fails');
      const committed = await counter.during(() => unit('kept', false));
      expect(await names()).to.deep.equal(['kept model', 'kept sql']);
      for (const [{ statements }, end] of [
        [failed, /^ROLLBACK;?$/],
        [committed, /^COMMIT;?$/],
      ] as const) {
        const lines = sent(statements);
        expect(lines[0]![1]).to.match(/^(START TRANSACTION|BEGIN)/);
        expect(lines.at(-1)![1]).to.match(end);
        expect(new Set(lines.map(([id]) => id)).size, statements.join('\n')).to.equal(1);
        expect(lines[0]![0]).not.to.equal('default');
      }
    });

    it('given an open database, when pinged, then it answers', async () => {
      expect(await opened!.adapters.ping()).to.equal(true);
    });

    it('given a running instance, when counted, then every statement from then on is seen', async () => {
      const { adapters } = opened!;
      const counter = countStatements(adapters.sequelize);
      await adapters.schools.list();
      expect(counter.count).to.equal(1);
      const { count } = await counter.during(() =>
        adapters.unitOfWork.run(() =>
          adapters.schools.save(School.create({ id: SchoolId(randomUUID()), name: 'U' })),
        ),
      );
      // BEGIN, the id lookup, the INSERT and COMMIT
      expect(count).to.equal(4);
    });
  });
}

describe('MySQL schema', () => {
  let db: Awaited<ReturnType<typeof mysqlTestDatabase>>;
  let adapters: SequelizeAdapters;
  before(async function () {
    // One test undoes a migration and does it again.
    db = await mysqlTestDatabase({ altersSchema: true });
    if (!db) return this.skip();
    adapters = await SequelizeAdapters.open(db.url);
  });
  after(async () => {
    await adapters?.close();
    await db?.drop();
  });

  const query = <T>(sql: string) =>
    adapters.sequelize.query(sql, { type: 'SELECT' as never }) as unknown as Promise<T[]>;

  it('given the migrated tables, when inspected, then every one is InnoDB in utf8mb4', async () => {
    const tables = await query<{ TABLE_NAME: string; ENGINE: string; TABLE_COLLATION: string }>(
      'SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
    );
    expect(tables.map((t) => t.TABLE_NAME)).to.include.members([
      'schools',
      'users',
      'sessions',
      'refresh_tokens',
    ]);
    for (const table of tables) {
      expect(table.ENGINE, table.TABLE_NAME).to.equal('InnoDB');
      expect(table.TABLE_COLLATION, table.TABLE_NAME).to.match(/^utf8mb4_/);
    }
  });

  it('given the identity tables, when inspected, then times keep milliseconds', async () => {
    const columns = await query<{ COLUMN_NAME: string; COLUMN_TYPE: string }>(
      "SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'datetime'",
    );
    expect(columns.length).to.be.greaterThan(4);
    for (const column of columns) expect(column.COLUMN_TYPE, column.COLUMN_NAME).to.equal('datetime(3)');
  });

  it('given the identity tables, when inspected, then each uniqueness rule is a unique index', async () => {
    const indexes = await query<{ TABLE_NAME: string; INDEX_NAME: string; COLUMNS: string }>(
      `SELECT TABLE_NAME, INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS COLUMNS
         FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 0
        GROUP BY TABLE_NAME, INDEX_NAME`,
    );
    const unique = indexes.map((i) => `${i.TABLE_NAME}(${i.COLUMNS})`);
    expect(unique).to.include.members([
      'schools(name)',
      'departments(school_id,name)',
      'users(username)',
      'users(email)',
      'users(nickname)',
      'users(nickname_key)',
      'refresh_tokens(hash)',
    ]);
  });

  const keysOfComments = () =>
    query<{ INDEX_NAME: string; NON_UNIQUE: number; COLUMNS: string }>(
      `SELECT INDEX_NAME, NON_UNIQUE, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS COLUMNS
         FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'comments'
        GROUP BY INDEX_NAME, NON_UNIQUE ORDER BY INDEX_NAME`,
    );
  const referencesToComments = () =>
    query<{ TABLE_NAME: string; DELETE_RULE: string }>(
      `SELECT TABLE_NAME, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'comments' ORDER BY TABLE_NAME`,
    );

  it('given the migrated comments, when inspected, then a post leads the primary key in thread order and each id stays unique', async () => {
    const keys = await keysOfComments();
    expect(keys.find((k) => k.INDEX_NAME === 'PRIMARY')?.COLUMNS).to.equal('post_id,created_at,id');
    expect(keys.find((k) => k.COLUMNS === 'id')).to.include({
      INDEX_NAME: 'comments_id_unique',
      NON_UNIQUE: 0,
    });
    expect(keys.map((k) => k.INDEX_NAME)).to.not.include('comments_post');
  });

  it('given comments with replies and likes, when the migration is undone and done again, then every row and foreign key is kept', async () => {
    const world = new BoardWorld(portsOf(adapters));
    const { board, alice, bob } = await world.stage();
    const post = await world.post(board, alice);
    const first = await world.comment(post, bob);
    const reply = await world.comment(post, alice, {}, first);
    await adapters.commentLikes.add(first.id, alice.id, new Date());
    const before = { keys: await keysOfComments(), references: await referencesToComments() };
    expect(before.references.map((r) => r.TABLE_NAME)).to.include.members(['comment_likes', 'comments']);

    const migration = MIGRATIONS.find((m) => m.name === '0004-comments-by-post')!;
    await migration.down({ context: adapters.sequelize.getQueryInterface() });
    const undone = await keysOfComments();
    expect(undone.find((k) => k.INDEX_NAME === 'PRIMARY')?.COLUMNS).to.equal('id');
    expect(undone.find((k) => k.INDEX_NAME === 'comments_post')?.COLUMNS).to.equal('post_id,created_at,id');
    await migration.up({ context: adapters.sequelize.getQueryInterface() });

    expect(await keysOfComments()).to.deep.equal(before.keys);
    expect(await referencesToComments()).to.deep.equal(before.references);
    const comments = await adapters.postQueries.listComments(post.id);
    expect(comments.map((c) => [c.id, c.parentId])).to.deep.equal([
      [first.id, null],
      [reply.id, first.id],
    ]);
    expect(comments[0]!.likeCount).to.equal(1);
    expect(await query('SELECT comment_id FROM comment_likes')).to.deep.equal([{ comment_id: first.id }]);
  });
});

describe('SQLite file database under concurrent units of work', () => {
  const folder = join(tmpdir(), `campus-sqlite-${randomUUID()}`);
  let adapters: SequelizeAdapters;
  before(async () => {
    adapters = await SequelizeAdapters.open(`sqlite:${join(folder, 'campus.sqlite')}`);
  });
  after(async () => {
    await adapters?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('given 40 units and 40 plain writes at once, when run, then none fails with SQLITE_BUSY', async () => {
    const save = (i: number) =>
      adapters.schools.save(School.create({ id: SchoolId(randomUUID()), name: `U${i}` }));
    await Promise.all(
      Array.from({ length: 80 }, (_, i) => (i % 2 ? save(i) : adapters.unitOfWork.run(() => save(i)))),
    );
    expect(await adapters.schools.list()).to.have.length(80);
  });
});

describe('MySQL migrations from several instances at once', () => {
  it('given three instances starting together, when each migrates, then every migration runs exactly once', async function () {
    const db = await emptyMysqlDatabase();
    if (!db) return this.skip();
    const instances = [createSequelize(db.url), createSequelize(db.url), createSequelize(db.url)];
    try {
      const applied = await Promise.all(instances.map((sequelize) => migrate(sequelize)));
      expect(applied.flat().sort()).to.deep.equal(MIGRATIONS.map((m) => m.name).sort());
    } finally {
      await Promise.all(instances.map((sequelize) => sequelize.close()));
      await db.drop();
    }
  });
});
