import { createHash, randomUUID } from 'node:crypto';
import { type IdempotencyRow, type IdempotencyStore } from '@campus/adapters/idempotency';
import { MemoryAdapters } from '@campus/adapters/memory';
import { SequelizeAdapters, Sql } from '@campus/adapters/sequelize';
import { mysqlTestDatabase } from '@campus/adapters/testing';
import { School, SchoolId, type SchoolRepository, type UnitOfWork } from '@campus/domain';
import { expect } from 'chai';
import pino from 'pino';
import supertest from 'supertest';
import { z } from 'zod';
import { createApp } from '../../src/http/app.js';
import { idempotency } from '../../src/http/idempotency.js';
import { defineRoute } from '../../src/http/route.js';
import { API, expectError } from '../support/api.js';

interface Store {
  unitOfWork: UnitOfWork;
  schools: SchoolRepository;
  idempotency: IdempotencyStore;
}
/** What the idempotency table holds, as someone reading the database would see it. */
type Stored = { fingerprint: string; body: string | null }[];
interface Opened {
  adapters: Store;
  stored(): Promise<Stored>;
  dispose(): Promise<void>;
}

function onSql(adapters: SequelizeAdapters, dispose: () => Promise<void>): Opened {
  const sql = new Sql(adapters.sequelize, adapters.transactions);
  return {
    adapters,
    stored: async () =>
      (
        await sql.select<{ fingerprint: string; response_body: string | null }>(
          'SELECT fingerprint, response_body FROM idempotency_keys',
        )
      ).map((row) => ({ fingerprint: row.fingerprint, body: row.response_body })),
    dispose,
  };
}

const TARGETS: { name: string; open(): Promise<Opened | null> }[] = [
  {
    name: 'memory',
    open() {
      const adapters = new MemoryAdapters();
      const rows = adapters.db.table<IdempotencyRow>('idempotency_keys');
      const stored = () =>
        Promise.resolve(
          [...rows.values()].map((r) => ({ fingerprint: r.fingerprint, body: r.answer?.body ?? null })),
        );
      return Promise.resolve({ adapters, stored, dispose: () => Promise.resolve() });
    },
  },
  {
    name: 'sqlite',
    async open() {
      const adapters = await SequelizeAdapters.open('sqlite::memory:');
      return onSql(adapters, () => adapters.close());
    },
  },
  {
    name: 'mysql',
    async open() {
      const db = await mysqlTestDatabase();
      if (!db) return null;
      const adapters = await SequelizeAdapters.open(db.url);
      return onSql(adapters, async () => (await adapters.close(), await db.drop()));
    },
  },
];

type Fault = 'after-commit' | 'at-commit';

/** The database as the app sees it: a unit of work that can fail once, after or at its commit. */
function faultyUnitOfWork(inner: UnitOfWork, faults: Fault[]): UnitOfWork {
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      const fault = faults.shift();
      if (fault === 'at-commit') {
        return inner.run(async () => {
          await work();
          throw Object.assign(new Error('COMMIT failed'), { unavailable: true });
        });
      }
      const result = await inner.run(work);
      if (fault === 'after-commit')
        throw Object.assign(new Error('connection lost after COMMIT'), { unavailable: true });
      return result;
    },
  };
}

for (const target of TARGETS) {
  describe(`Idempotency-Key when the database fails around the commit (${target.name})`, function () {
    let adapters: Store;
    let stored: () => Promise<Stored>;
    let dispose: (() => Promise<void>) | undefined;
    let faults: Fault[];
    let http: ReturnType<typeof supertest>;
    let handled = 0;

    before(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ adapters, stored, dispose } = opened);
      const logger = pino({ level: 'silent' });
      const route = defineRoute({
        method: 'post',
        path: '/schools',
        tag: 'Schools',
        summary: 'Add a school',
        auth: false,
        body: z.strictObject({ name: z.string() }),
        status: 201,
        errors: [],
        handle: async ({ body }) => {
          handled += 1;
          const school = School.create({ id: SchoolId(randomUUID()), name: body.name });
          await adapters.schools.save(school);
          return { id: school.id, name: school.name };
        },
      });
      const app = createApp({
        routes: [route],
        isCanonicalId: () => true,
        authenticate: () => Promise.reject(new Error('no route here needs a user')),
        logger,
        isUnavailable: (error) => (error as { unavailable?: boolean }).unavailable === true,
        corsOrigins: [],
        ready: () => Promise.resolve({ database: 'up', redis: 'absent' }),
        idempotent: idempotency({
          store: adapters.idempotency,
          unitOfWork: faultyUnitOfWork(adapters.unitOfWork, (faults = [])),
          logger,
          secret: 'test-secret-that-is-long-enough-for-hs256!',
        }),
      });
      http = supertest(app.callback());
    });
    after(() => dispose?.());

    const create = (key: string, name: string) =>
      http.post(`${API}/schools`).set('Idempotency-Key', key).send({ name });
    const named = async (name: string) => (await adapters.schools.list()).filter((s) => s.name === name);

    it('given a create answered 503 after its commit, when it is retried with its key, then the committed answer is replayed and nothing is created twice', async () => {
      const name = `after ${randomUUID()}`;
      faults.push('after-commit');
      const before = handled;
      expectError(await create('retry-1', name), 503, 'SERVICE_UNAVAILABLE');
      const [school] = await named(name);
      expect(school, 'the first attempt committed').not.to.equal(undefined);
      for (let retry = 0; retry < 3; retry++) {
        const res = await create('retry-1', name).expect(201);
        expect(res.headers['idempotent-replayed']).to.equal('true');
        expect(res.body).to.deep.equal({ id: school!.id, name });
      }
      expect(await named(name)).to.have.length(1);
      expect(handled - before).to.equal(1);
    });

    it('given a create whose commit failed, when it is retried with its key, then it runs again, once', async () => {
      const name = `at ${randomUUID()}`;
      faults.push('at-commit');
      expectError(await create('retry-2', name), 503, 'SERVICE_UNAVAILABLE');
      expect(await named(name)).to.have.length(0);
      const res = await create('retry-2', name).expect(201);
      expect(res.headers).not.to.have.property('idempotent-replayed');
      const again = await create('retry-2', name).expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.text).to.equal(res.text);
      expect(await named(name)).to.have.length(1);
    });

    it('given a stored answer, then the database holds neither its text nor a plain hash of the request', async () => {
      const name = `secret ${randomUUID()}`;
      const first = await create('sealed', name).expect(201);
      const body = JSON.stringify({ name });
      const plain = createHash('sha256').update(`POST ${API}/schools\n${body}`).digest('hex');
      const rows = await stored();
      expect(rows).not.to.have.length(0);
      for (const row of rows) {
        expect(row.fingerprint).not.to.equal(plain);
        expect(row.body ?? '')
          .not.to.contain(name)
          .and.not.to.contain(first.body.id);
      }
      const again = await create('sealed', name).expect(201);
      expect(again.text).to.equal(first.text);
    });
  });
}
