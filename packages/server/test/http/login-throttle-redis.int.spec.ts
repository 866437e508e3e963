import { TcpProxy, redisTestUrl } from '@campus/adapters/testing';
import { expect } from 'chai';
import { API, ApiClient } from '../support/api.js';
import { freePort } from '../support/spawn-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Failed logins of one member, one after the other, answering their statuses. */
async function guesses(app: TestApp, count: number): Promise<number[]> {
  const api = new ApiClient(app);
  const member = await api.signUp(await api.school());
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await app.http
      .post(`${API}/auth/login`)
      .send({ username: member.username, password: `guess ${i}` });
    statuses.push(res.status);
  }
  return statuses;
}

// Only the per-user limit is under test here: the per-client one must not be what answers 429.
const ENV = { LOGIN_MAX_FAILURES: '5', LOGIN_MAX_PER_CLIENT: '100000' };

describe('login throttling while Redis cannot answer (never fails open)', function () {
  this.timeout(60_000);
  let app: TestApp | undefined;
  let proxy: TcpProxy | undefined;

  afterEach(async () => {
    await app?.close();
    await proxy?.close();
    app = proxy = undefined;
  });

  it('given nothing listening at REDIS_URL, when 130 wrong passwords arrive, then all past the limit get 429', async () => {
    const port = await freePort(); // closed again: connections to it are refused
    app = await startTestApp('memory', { ...ENV, REDIS_URL: `redis://127.0.0.1:${port}` });
    const statuses = await guesses(app, 130);
    expect(statuses.slice(0, 5)).to.deep.equal([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).to.deep.equal(new Set([429]));
  });

  it('given a Redis that stalls, when wrong passwords arrive, then they are counted in process and refused past the limit', async function () {
    const url = await redisTestUrl(this);
    const target = new URL(url!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    const port = await proxy.start();
    app = await startTestApp('memory', { ...ENV, REDIS_URL: `redis://127.0.0.1:${port}` });
    for (let i = 0; i < 50 && proxy.connections === 0; i++) await new Promise((r) => setTimeout(r, 100));
    proxy.stall();
    const statuses = await guesses(app, 12);
    expect(statuses).to.deep.equal([...Array(5).fill(401), ...Array(7).fill(429)]);
  });
});
