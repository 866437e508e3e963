import { expect } from 'chai';
import {
  TcpProxy,
  mysqlTestDatabase,
  redisTestPrefix,
  redisTestUrl,
  type TestDatabase,
} from '@campus/adapters/testing';
import { spawnServer, type RunningServer } from '../support/spawn-server.js';

const SECRET = 'ready-secret-of-at-least-32-bytes!!!';

interface Ready {
  status: number;
  body: { status: string; database: string; redis: string };
  tookMs: number;
}

async function ready(server: RunningServer): Promise<Ready> {
  const started = Date.now();
  const res = await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Ready['body'], tookMs: Date.now() - started };
}

/** Asks /ready until `wanted` holds (bounded), and returns every answer seen on the way. */
async function readyUntil(server: RunningServer, wanted: (r: Ready) => boolean, withinMs = 8_000) {
  const seen: Ready[] = [];
  const deadline = Date.now() + withinMs;
  for (;;) {
    const answer = await ready(server);
    seen.push(answer);
    if (wanted(answer)) return seen;
    if (Date.now() > deadline) throw new Error(`/ready never got there: ${JSON.stringify(seen.slice(-3))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Points a service URL at the proxy instead. */
function via(url: string, proxy: TcpProxy): string {
  const proxied = new URL(url);
  proxied.host = `127.0.0.1:${proxy.port}`;
  return proxied.toString();
}

describe('GET /ready', function () {
  this.timeout(60_000);

  describe('with Redis behind a proxy', () => {
    let proxy: TcpProxy;
    let server: RunningServer;

    before(async function () {
      const redis = await redisTestUrl(this);
      const target = new URL(redis!);
      proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
      await proxy.start();
      server = await spawnServer({
        DATABASE_URL: 'memory',
        JWT_SECRET: SECRET,
        REDIS_URL: via(redis!, proxy),
        REDIS_KEY_PREFIX: redisTestPrefix(),
        LOG_LEVEL: 'warn',
      });
    });
    after(async () => {
      await server?.stop();
      await proxy?.close();
    });

    it('given Redis up, then it is 200 with database and Redis up', async () => {
      const answers = await readyUntil(server, (r) => r.body.redis === 'up');
      expect(answers.at(-1)).to.deep.include({
        status: 200,
        body: { status: 'ready', database: 'up', redis: 'up' },
      });
    });

    it('given Redis stalled for a moment, then a missed deadline leaves it 200 and Redis up', async () => {
      await readyUntil(server, (r) => r.body.redis === 'up');
      proxy.stall();
      try {
        const answer = await ready(server);
        expect(answer.status).to.equal(200);
        expect(answer.body).to.deep.equal({ status: 'ready', database: 'up', redis: 'up' });
      } finally {
        proxy.restore();
      }
    });

    it('given Redis down, then it stays 200 and says Redis is down, and up again once it is back', async () => {
      await readyUntil(server, (r) => r.body.redis === 'up');
      proxy.cut();
      try {
        const down = await readyUntil(server, (r) => r.body.redis === 'down');
        for (const answer of down) expect(answer.status).to.equal(200);
        expect(down.at(-1)!.body).to.deep.equal({ status: 'ready', database: 'up', redis: 'down' });
      } finally {
        proxy.restore();
      }
      await readyUntil(server, (r) => r.body.redis === 'up');
    });
  });

  describe('with MySQL behind a proxy', () => {
    let db: TestDatabase | null;
    let proxy: TcpProxy;
    let server: RunningServer;

    before(async function () {
      db = await mysqlTestDatabase();
      if (!db) return this.skip();
      const target = new URL(db.url);
      proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
      await proxy.start();
      server = await spawnServer({ DATABASE_URL: via(db.url, proxy), JWT_SECRET: SECRET, LOG_LEVEL: 'warn' });
    });
    after(async () => {
      proxy?.restore();
      await server?.stop();
      await proxy?.close();
      await db?.drop();
    });

    it('given MySQL stalled, then every probe answers 503 within about 2 s, and 200 once MySQL answers again', async () => {
      expect(await ready(server)).to.deep.include({
        status: 200,
        body: { status: 'ready', database: 'up', redis: 'absent' },
      });
      proxy.stall();
      try {
        // Several probes at once, twice over: none may wait on the one before, nor hang.
        for (let round = 0; round < 2; round++) {
          const answers = await Promise.all(Array.from({ length: 4 }, () => ready(server)));
          for (const answer of answers) {
            expect(answer.status).to.equal(503);
            expect(answer.body).to.deep.equal({ status: 'unavailable', database: 'down', redis: 'absent' });
            expect(answer.tookMs).to.be.below(3_000);
          }
        }
      } finally {
        proxy.restore();
      }
      await readyUntil(server, (r) => r.status === 200);
    });
  });
});
