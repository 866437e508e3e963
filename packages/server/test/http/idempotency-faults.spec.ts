import { randomUUID } from 'node:crypto';
import { MemoryAdapters, SequelizeAdapters, type IdempotencyStore } from '@campus/adapters';
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

const TARGETS: { name: string; open(): Promise<{ adapters: Store; dispose(): Promise<void> } | null> }[] = [
  {
    name: 'memory',
    open: () => Promise.resolve({ adapters: new MemoryAdapters(), dispose: () => Promise.resolve() }),
  },
  {
    name: 'sqlite',
    async open() {
      const adapters = await SequelizeAdapters.open('sqlite::memory:');
      return { adapters, dispose: () => adapters.close() };
    },
  },
  {
    name: 'mysql',
    async open() {
      const db = await mysqlTestDatabase();
      if (!db) return null;
      const adapters = await SequelizeAdapters.open(db.url);
      return { adapters, dispose: async () => (await adapters.close(), await db.drop()) };
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
    afterCommit: (effect) => inner.afterCommit(effect),
  };
}

for (const target of TARGETS) {
  describe(`Idempotency-Key when the database fails around the commit (${target.name})`, function () {
    let adapters: Store;
    let dispose: (() => Promise<void>) | undefined;
    let faults: Fault[];
    let http: ReturnType<typeof supertest>;
    let handled = 0;

    before(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ adapters, dispose } = opened);
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
        authenticate: () => Promise.reject(new Error('no route here needs a user')),
        logger,
        isUnavailable: (error) => (error as { unavailable?: boolean }).unavailable === true,
        corsOrigins: [],
        ready: () => Promise.resolve({ database: true }),
        idempotent: idempotency({
          store: adapters.idempotency,
          unitOfWork: faultyUnitOfWork(adapters.unitOfWork, (faults = [])),
          logger,
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
  });
}
