import type { Server } from 'node:http';
import { expect } from 'chai';
import Koa from 'koa';
import { EventStream, serveEventStream } from '../../src/http/event-stream.js';
import { SseClient } from '../support/sse-client.js';

/** The event stream on a bare Koa app, with a heartbeat of 50 ms instead of 25 s. */
describe('serveEventStream', () => {
  let server: Server;
  let closed = 0;
  let sink: Parameters<ConstructorParameters<typeof EventStream>[0]>[0] | undefined;
  let failOpen = false;
  /** How long the stream's authority lasts, when it has an end; how long opening it takes. */
  let endsInMs: number | undefined;
  let openingMs = 0;

  beforeEach(async () => {
    [closed, sink, failOpen, endsInMs, openingMs] = [0, undefined, false, undefined, 0];
    const app = new Koa();
    app.use(async (ctx, next) => {
      try {
        await next();
      } catch {
        ctx.status = 503;
        ctx.body = { error: 'could not open' };
      }
    });
    app.use((ctx) =>
      serveEventStream(
        ctx,
        new EventStream(async (opened) => {
          if (failOpen) throw new Error('store down');
          sink = opened;
          opened.event('notification', 'early', { n: 0 });
          if (openingMs > 0) await new Promise((resolve) => setTimeout(resolve, openingMs));
          return () => (closed += 1);
        }, endsInMs),
        50,
      ),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterEach(() => {
    server.closeAllConnections();
    server.close();
  });
  const url = () => `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

  it('given an open stream, then what was sent while opening comes first, then a keep-alive comment every beat', async () => {
    const client = await SseClient.open(url(), {});
    try {
      expect(client.status).to.equal(200);
      expect(client.response.headers['x-accel-buffering']).to.equal('no');
      await client.waitFor(1);
      expect(client.events[0]).to.deep.equal({ event: 'notification', id: 'early', data: '{"n":0}' });
      await new Promise((resolve) => setTimeout(resolve, 180));
      expect(client.comments.filter((c) => c === 'keep-alive').length).to.be.at.least(2);
    } finally {
      client.close();
    }
  });

  it('given the client leaving, then the stream is closed once; given the stream ending, then the answer ends', async () => {
    const leaving = await SseClient.open(url(), {});
    leaving.close();
    for (let i = 0; i < 50 && closed === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).to.equal(1);
    const ended = await SseClient.open(url(), {});
    sink!.end();
    await ended.closed;
    expect(closed).to.equal(2);
  });

  it('given the stream failing to open, then the failure is answered, not a 200', async () => {
    failOpen = true;
    const res = await fetch(url());
    expect(res.status).to.equal(503);
  });

  it('given an authority ending in 150 ms, then the stream ends then with a comment `expired`, and is closed once', async () => {
    endsInMs = 150;
    const started = Date.now();
    const client = await SseClient.open(url(), {});
    await client.waitFor(1);
    await client.closed;
    expect(Date.now() - started).to.be.within(140, 600);
    expect(client.comments.at(-1)).to.equal('expired');
    expect(closed).to.equal(1);
  });

  it('given an authority ending while the stream still opens, then it opens, says `expired` after what it read, and ends', async () => {
    [endsInMs, openingMs] = [50, 200];
    const client = await SseClient.open(url(), {});
    expect(client.status).to.equal(200);
    await client.closed;
    expect(client.events.map((e) => e.id)).to.deep.equal(['early']);
    expect(client.comments).to.deep.equal(['open', 'expired']);
    expect(closed).to.equal(1);
  });

  it('given no end to its authority, then the stream stays open past the beats', async () => {
    const client = await SseClient.open(url(), {});
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.isEnded).to.equal(false);
    } finally {
      client.close();
    }
  });
});
