import { SequelizeAdapters, Sql } from '@campus/adapters/sequelize';
import { TcpProxy, mysqlTestDatabase, type TestDatabase } from '@campus/adapters/testing';
import { expect } from 'chai';
import { API } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The connection to MySQL is reset while creates are in flight, at a different moment each time;
 * the client retries with its key until it gets an answer. Whatever the first attempt got (201,
 * 503, or nothing useful), every create ends with exactly one post, and the answer names it.
 */
describe('Idempotency-Key while the connection to MySQL is reset mid-create', function () {
  this.timeout(120_000);
  let db: TestDatabase | null;
  let proxy: TcpProxy;
  let app: TestApp;
  let direct: SequelizeAdapters;
  let world: BoardWorld;

  before(async function () {
    db = await mysqlTestDatabase();
    if (!db) return this.skip();
    const target = new URL(db.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    const viaProxy = new URL(db.url);
    viaProxy.host = `127.0.0.1:${await proxy.start()}`;
    app = await startTestApp(viaProxy.toString());
    direct = await SequelizeAdapters.open(db.url);
    world = await BoardWorld.create(app);
  });
  after(async () => {
    await app?.close().catch(() => undefined);
    await direct?.close();
    await proxy?.close();
    await db?.drop();
  });

  it('given resets at moments across the create, when each is retried with its key, then each is made exactly once', async () => {
    const alice = await world.member();
    const sql = new Sql(direct.sequelize, direct.transactions);
    const firsts: number[] = [];
    for (let round = 0; round < 16; round++) {
      const key = `outage-${round}`;
      const body = { title: `outage ${round}`, content: 'made once' };
      const send = () =>
        app.http
          .post(`${API}/boards/${world.boardId}/posts`)
          .set(alice.auth)
          .set('Idempotency-Key', key)
          .send(body);
      const first = send().then((res) => res.status); // .then sends it
      await new Promise((resolve) => setTimeout(resolve, round * 2));
      proxy.cut();
      firsts.push(await first);
      proxy.restore();
      let answer = await send();
      for (let retry = 0; retry < 150 && answer.status !== 201; retry++) {
        expect(answer.status, JSON.stringify(answer.body)).to.be.oneOf([409, 503]);
        await new Promise((resolve) => setTimeout(resolve, 100));
        answer = await send();
      }
      expect(answer.status, JSON.stringify(answer.body)).to.equal(201);
      const rows = await sql.select<{ id: string }>('SELECT id FROM posts WHERE title = :title', {
        title: body.title,
      });
      expect(
        rows.map((r) => r.id),
        `round ${round}`,
      ).to.deep.equal([answer.body.id]);
    }
    // The resets did land on creates in flight, not only between them.
    expect(firsts.filter((status) => status !== 201)).not.to.have.length(0);
  });
});
