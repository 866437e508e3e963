import { expect } from 'chai';
import { createConnection } from 'mysql2/promise';
import type { Response } from 'supertest';
import { TcpProxy, mysqlTestDatabase, type TestDatabase } from '@campus/adapters/testing';
import { API, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The longest any request may take while MySQL hangs (its 503 is due within 5 s). */
const BOUND_MS = 6_000;

interface Timed {
  res: Response;
  ms: number;
}

async function timed(request: PromiseLike<Response>): Promise<Timed> {
  const started = Date.now();
  const res = await request;
  return { res, ms: Date.now() - started };
}

function expectUnavailable({ res, ms }: Timed): void {
  expect(res.status, JSON.stringify(res.body)).to.equal(503);
  expect(res.body).to.have.nested.property('error.code', 'SERVICE_UNAVAILABLE');
  expect(Number(res.get('Retry-After'))).to.be.greaterThan(0);
  expect(ms).to.be.below(BOUND_MS);
}

/** A MySQL that hangs, or a row that stays locked, is a quick 503, never a hung request or a 500. */
describe('when MySQL hangs', function () {
  this.timeout(90_000);
  let db: TestDatabase | null;
  let proxy: TcpProxy;
  let app: TestApp;
  let world: BoardWorld;
  let members: Member[];
  let postId: string;

  before(async function () {
    db = await mysqlTestDatabase();
    if (!db) return this.skip();
    const target = new URL(db.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    const viaProxy = new URL(db.url);
    viaProxy.host = `127.0.0.1:${await proxy.start()}`;
    app = await startTestApp(viaProxy.toString(), {
      POST_INTERVAL: '0s',
      COMMENT_INTERVAL: '0s',
      WRITE_BURST: '0',
    });
    world = await BoardWorld.create(app);
    members = [];
    for (let i = 0; i < 12; i++) members.push(await world.member());
    postId = await world.post(members[0]!);
  });
  afterEach(() => proxy?.restore());
  after(async () => {
    await app?.close().catch(() => undefined);
    await proxy?.close();
    await db?.drop();
  });

  const write = (member: Member, title: string) =>
    app.http
      .post(`${API}/boards/${world.boardId}/posts`)
      .set(member.auth)
      .send({ title, content: 'written while MySQL hangs' });
  const like = (member: Member, id = postId) => app.http.post(`${API}/posts/${id}/like`).set(member.auth);

  /** Waits until a write goes through again, without restarting anything. */
  async function recovered(): Promise<void> {
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await write(members[1]!, 'after the stall')).status;
      if (status === 201) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).to.equal(201);
  }

  it('answers every request within the bound, 503 with Retry-After and never 500, those already holding a connection too, and recovers by itself', async () => {
    // Writes under way when the server stops answering: some hold a connection mid-transaction.
    const inFlight = members.slice(0, 6).map((m, i) => timed(write(m, `in flight ${i}`)));
    await new Promise((r) => setTimeout(r, 15));
    proxy.stall();
    // More than the pool holds, so some wait for a connection and some for an answer.
    const meanwhile = [
      ...members.slice(0, 12).map((m, i) => timed(write(m, `while stalled ${i}`))),
      ...members.slice(1, 6).map((m) => timed(like(m))),
    ];
    const early = await Promise.all(inFlight);
    for (const { res, ms } of early) {
      expect([201, 503], JSON.stringify(res.body)).to.include(res.status);
      expect(ms).to.be.below(BOUND_MS);
      if (res.status === 503) expectUnavailable({ res, ms });
    }
    for (const answer of await Promise.all(meanwhile)) expectUnavailable(answer);
    const ready = await timed(app.http.get('/ready'));
    expect(ready.res.status).to.equal(503);
    expect(ready.ms).to.be.below(BOUND_MS);

    proxy.restore();
    await recovered();
    await app.http.get(`${API}/posts/${postId}`).set(members[2]!.auth).expect(200);
  });

  it('given a row locked elsewhere, then ten writers waiting on it get 503 within the bound while unrelated traffic is served', async () => {
    await recovered();
    const otherBoard = await world.board(`other ${Date.now()}`);
    const holder = await createConnection({ uri: db!.url });
    try {
      await holder.query('START TRANSACTION');
      await holder.query('SELECT id FROM posts WHERE id = ? FOR UPDATE', [postId]);
      // Ten likers, one per pooled connection, all waiting on the locked post.
      const lockers = members.slice(2, 12).map((m) => timed(like(m)));
      await new Promise((r) => setTimeout(r, 200));
      const unrelated = members.slice(0, 4).map((m, i) =>
        timed(
          app.http
            .post(`${API}/boards/${otherBoard}/posts`)
            .set(m.auth)
            .send({ title: `unrelated ${i}`, content: 'not on the locked post' }),
        ),
      );
      for (const answer of await Promise.all(lockers)) expectUnavailable(answer);
      for (const { res, ms } of await Promise.all(unrelated)) {
        expect(res.status, JSON.stringify(res.body)).to.equal(201);
        expect(ms).to.be.below(BOUND_MS);
      }
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // Nothing was half done: the likes can be given now.
    const res = await like(members[2]!);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.likeCount).to.equal(1);
  });
});
