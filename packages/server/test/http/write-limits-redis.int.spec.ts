import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TcpProxy, redisTestPrefix, redisTestUrl } from '@campus/adapters/testing';
import { API, type Member } from '../support/api.js';
import { freePort } from '../support/spawn-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';
import { limitsWorld, tooFast } from '../support/limits-world.js';

const LIMITS = { POST_INTERVAL: '10s', COMMENT_INTERVAL: '3s', WRITE_BURST: '3' };

describe('write limits on two instances sharing Redis', function () {
  this.timeout(60_000);
  let a: TestApp | undefined;
  let b: TestApp | undefined;
  let dir: string | undefined;
  const clock = new SteppingClock();
  let w: Awaited<ReturnType<typeof limitsWorld>>;

  before(async function () {
    const url = await redisTestUrl(this);
    dir = mkdtempSync(join(tmpdir(), 'campus-limits-'));
    // One database and one Redis prefix: two instances of one deployment.
    const env = {
      ...LIMITS,
      REDIS_URL: url!,
      REDIS_KEY_PREFIX: redisTestPrefix(),
      DATABASE_URL: `sqlite:${join(dir, 'campus.sqlite')}`,
    };
    a = await startTestApp(env.DATABASE_URL, env, { clock });
    b = await startTestApp(env.DATABASE_URL, env, { clock });
    w = await limitsWorld(a);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (app: TestApp, who: Member, title: string) =>
    app.http.post(`${API}/boards/${w.boardId}/posts`).set(who.auth).send({ title, content: '.' });

  it('given a post on one instance, when the member posts on the other within POST_INTERVAL, then 429 there', async () => {
    await post(a!, w.kim, 'on a').expect(201);
    clock.advance(4_000);
    tooFast(await post(b!, w.kim, 'on b'), 6);
    tooFast(await post(a!, w.kim, 'on a again'), 6);
    clock.advance(6_000);
    await post(b!, w.kim, 'on b').expect(201);
  });

  it('given a comment on one instance, then the next on the other waits COMMENT_INTERVAL', async () => {
    const p = await post(a!, w.lee, 'topic').expect(201);
    const comment = (app: TestApp) =>
      app.http.post(`${API}/posts/${p.body.id}/comments`).set(w.park.auth).send({ content: 'c' });
    await comment(b!).expect(201);
    clock.advance(1_000);
    tooFast(await comment(a!), 2);
    clock.advance(2_000);
    await comment(a!).expect(201);
  });

  it('given friend requests spread over both instances, then WRITE_BURST holds for them together', async () => {
    const befriend = (app: TestApp, username: string) =>
      app.http.post(`${API}/friends/requests`).set(w.lee.auth).send({ username });
    await befriend(a!, w.kim.username).expect(201);
    await befriend(b!, w.park.username).expect(201);
    await a!.http
      .post(`${API}/courses/${w.courseId}/reviews`)
      .set(w.lee.auth)
      .send({ rating: 4, content: 'fine' })
      .expect(201);
    const res = await b!.http.post(`${API}/friends/requests`).set(w.lee.auth).send({ username: 'admin' });
    tooFast(res, 60, 5); // the writes before it took real time
  });
});

describe('write limits while Redis cannot answer (never fail open)', function () {
  this.timeout(60_000);
  let app: TestApp | undefined;
  let proxy: TcpProxy | undefined;

  afterEach(async () => {
    await app?.close();
    await proxy?.close();
    app = proxy = undefined;
  });

  async function limitedInProcess(redisUrl: string, clock: SteppingClock) {
    app = await startTestApp('memory', { ...LIMITS, REDIS_URL: redisUrl }, { clock });
    return limitsWorld(app);
  }

  it('given nothing listening at REDIS_URL, when a member posts twice, then the second gets 429, and the interval still ends', async () => {
    const port = await freePort(); // closed again: connections to it are refused
    const clock = new SteppingClock();
    const w = await limitedInProcess(`redis://127.0.0.1:${port}`, clock);
    const post = (title: string) =>
      app!.http.post(`${API}/boards/${w.boardId}/posts`).set(w.kim.auth).send({ title, content: '.' });
    await post('first').expect(201);
    clock.advance(1_000);
    tooFast(await post('second'), 9);
    clock.advance(9_000);
    await post('second').expect(201);
  });

  it('given a Redis that stalls, when a member writes past the limits, then the writes are refused in process', async function () {
    const url = await redisTestUrl(this);
    const target = new URL(url!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    const port = await proxy.start();
    const clock = new SteppingClock();
    const w = await limitedInProcess(`redis://127.0.0.1:${port}`, clock);
    for (let i = 0; i < 50 && proxy.connections === 0; i++) await new Promise((r) => setTimeout(r, 100));
    proxy.stall();
    const befriend = (username: string) =>
      app!.http.post(`${API}/friends/requests`).set(w.kim.auth).send({ username });
    await befriend(w.lee.username).expect(201);
    await befriend(w.park.username).expect(201);
    await app!.http
      .post(`${API}/courses/${w.courseId}/reviews`)
      .set(w.kim.auth)
      .send({ rating: 4, content: 'fine' })
      .expect(201);
    // Three writes, each waiting out a stalled Redis on the real clock, came before this one.
    tooFast(await befriend('admin'), 60, 5);
  });
});
