import { expect } from 'chai';
import { TcpProxy, mysqlTestDatabase, type TestDatabase } from '@campus/adapters/testing';
import { API, ApiClient, expectError } from '../support/api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** MySQL going away is a 503, not a 500, and the server recovers without a restart. */
describe('when MySQL goes away', function () {
  this.timeout(60_000);
  let db: TestDatabase | null;
  let proxy: TcpProxy;
  let app: TestApp;

  before(async function () {
    db = await mysqlTestDatabase();
    if (!db) return this.skip();
    const target = new URL(db.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    const port = await proxy.start();
    const viaProxy = new URL(db.url);
    viaProxy.host = `127.0.0.1:${port}`;
    app = await startTestApp(viaProxy.toString());
  });
  after(async () => {
    await app?.close().catch(() => undefined);
    await proxy?.close();
    await db?.drop();
  });

  it('answers 503 SERVICE_UNAVAILABLE within seconds, /ready says so, and all recovers when it returns', async () => {
    const api = new ApiClient(app);
    const member = await api.signUp(await api.school());
    await app.http.get(`${API}/me`).set(member.auth).expect(200);

    proxy.cut();
    const started = Date.now();
    const down = await app.http.get(`${API}/schools`);
    expectError(down, 503, 'SERVICE_UNAVAILABLE');
    expect(Date.now() - started).to.be.below(10_000);
    expect(JSON.stringify(down.body)).not.to.match(/ECONNREFUSED|Sequelize|mysql/i);
    expect((await app.http.get('/ready')).status).to.equal(503);
    expect((await app.http.get('/health')).status).to.equal(200);

    proxy.restore();
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await app.http.get(`${API}/schools`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).to.equal(200);
    await app.http.get('/ready').expect(200);
  });
});
