import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mysqlTestDatabase } from '@campus/adapters/testing';
import { expect } from 'chai';
import { API, ApiClient, expectError } from '../support/api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DATABASES: { name: string; open(): Promise<{ url: string; dispose(): Promise<void> } | null> }[] = [
  {
    name: 'one SQLite file',
    open() {
      const dir = mkdtempSync(join(tmpdir(), 'campus-idem-'));
      return Promise.resolve({
        url: `sqlite:${join(dir, 'campus.sqlite')}`,
        dispose: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
      });
    },
  },
  {
    name: 'one MySQL',
    async open() {
      const db = await mysqlTestDatabase();
      return db ? { url: db.url, dispose: () => db.drop() } : null;
    },
  },
];

for (const database of DATABASES) {
  describe(`Idempotency-Key across two instances on ${database.name}`, function () {
    let a: TestApp;
    let b: TestApp;
    let dispose: (() => Promise<void>) | undefined;
    let admin: { Authorization: string };

    before(async function () {
      const opened = await database.open();
      if (!opened) return this.skip();
      dispose = opened.dispose;
      a = await startTestApp(opened.url);
      b = await startTestApp(opened.url);
      admin = (await new ApiClient(a).admin()).auth;
    });
    after(async () => {
      await a?.close();
      await b?.close();
      await dispose?.();
    });

    const createSchool = (app: TestApp, key: string, name: string) =>
      app.http.post(`${API}/schools`).set(admin).set('Idempotency-Key', key).send({ name });
    const schoolsNamed = async (name: string) =>
      ((await b.http.get(`${API}/schools`).expect(200)).body as { id: string; name: string }[]).filter(
        (s) => s.name === name,
      );

    it('given a create answered by one instance, when retried on the other, then the other replays it', async () => {
      const first = await createSchool(a, 'twin-1', 'Twin One').expect(201);
      const again = await createSchool(b, 'twin-1', 'Twin One').expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.text).to.equal(first.text);
      expectError(await createSchool(b, 'twin-1', 'Twin Other'), 422, 'IDEMPOTENCY_KEY_REUSED');
      const { id, name } = first.body as { id: string; name: string };
      expect(await schoolsNamed('Twin One')).to.deep.equal([{ id, name }]);
    });

    it('given one key sent to both instances at once, then one school is created and every answer is it or IN_USE', async () => {
      const answers = await Promise.all([a, b, a, b].map((app) => createSchool(app, 'twin-2', 'Twin Two')));
      const created = answers.filter((r) => r.status === 201);
      for (const res of answers.filter((r) => r.status !== 201))
        expectError(res, 409, 'IDEMPOTENCY_KEY_IN_USE');
      expect(created.filter((r) => r.headers['idempotent-replayed'] !== 'true')).to.have.length(1);
      for (const res of created) expect(res.text).to.equal(created[0]!.text);
      expect(await schoolsNamed('Twin Two')).to.have.length(1);
    });
  });
}
