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

  beforeEach(async () => {
    [closed, sink, failOpen] = [0, undefined, false];
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
        new EventStream((opened) => {
          if (failOpen) return Promise.reject(new Error('store down'));
          sink = opened;
          opened.event('notification', 'early', { n: 0 });
          return Promise.resolve(() => (closed += 1));
        }),
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
});
