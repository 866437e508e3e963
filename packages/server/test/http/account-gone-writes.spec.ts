import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSequelize, prepareSqlite } from '@campus/adapters/sequelize';
import { mysqlTestDatabase } from '@campus/adapters/testing';
import { API, expectError } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A store the test can also reach behind the server's back, as a racing deletion would. */
const TARGETS = [
  {
    name: 'sqlite',
    open() {
      const dir = mkdtempSync(join(tmpdir(), 'campus-gone-'));
      const url = `sqlite:${join(dir, 'campus.db')}`;
      return Promise.resolve({ url, dispose: () => Promise.resolve(rmSync(dir, { recursive: true })) });
    },
  },
  {
    name: 'mysql',
    async open() {
      const db = await mysqlTestDatabase();
      return db ? { url: db.url, dispose: () => db.drop() } : null;
    },
  },
];

for (const target of TARGETS) {
  describe(`a write of an account deleted after its session was read (${target.name})`, function () {
    this.timeout(30_000);
    let app: TestApp;
    let dispose: () => Promise<void>;
    let url: string;

    beforeEach(async function () {
      const store = await target.open();
      if (!store) return this.skip();
      ({ url, dispose } = store);
      app = await startTestApp(url);
    });
    afterEach(async () => {
      await app?.close();
      await dispose?.();
    });

    it('answers 401 SESSION_REVOKED where a foreign key to users refuses it, not 500', async () => {
      const world = await BoardWorld.create(app);
      const [kim, lee] = [await world.member(), await world.member()];
      const postId = await world.post(lee);
      // The server has read (and cached) kim's session and account; the row then goes, as when a
      // deletion commits between the request's authentication and its write.
      await app.http.get(`${API}/me`).set(kim.auth).expect(200);
      const direct = createSequelize(url);
      try {
        await prepareSqlite(direct, url);
        await direct.query('DELETE FROM users WHERE id = :id', { replacements: { id: kim.id } });
      } finally {
        await direct.close();
      }
      expectError(await app.http.post(`${API}/posts/${postId}/scrap`).set(kim.auth), 401, 'SESSION_REVOKED');
      expectError(
        await app.http.post(`${API}/posts/${postId}/block-author`).set(kim.auth),
        401,
        'SESSION_REVOKED',
      );
    });
  });
}
