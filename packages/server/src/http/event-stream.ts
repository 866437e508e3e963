import { PassThrough } from 'node:stream';
import type { Context } from 'koa';

/** Where a stream's events go; `end` closes the answer. */
export interface EventSink {
  event(name: string, id: string, data: unknown): void;
  end(): void;
}

/**
 * A route's answer as Server-Sent Events: `open` starts it once the headers are set and answers
 * what to call when the client goes away.
 */
export class EventStream {
  constructor(readonly open: (sink: EventSink) => Promise<() => void>) {}
}

/** A comment line this often keeps proxies and clients from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;

/**
 * Answers with `stream`: `text/event-stream`, nothing cached or buffered on the way (proxies
 * included), no socket timeout. The request is done for Koa (and for shutdown's wait) once the
 * headers are out; the answer ends when the client leaves or the stream ends it.
 */
export async function serveEventStream(
  ctx: Context,
  stream: EventStream,
  heartbeatMs = HEARTBEAT_MS,
): Promise<void> {
  const out = new PassThrough();
  let ended = false;
  let close: (() => void) | undefined;
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    close?.();
    out.end();
  };
  const write = (text: string) => {
    if (!ended) out.write(text);
  };
  ctx.req.socket.setTimeout(0);
  ctx.req.socket.setNoDelay(true);
  ctx.res.once('close', finish);
  ctx.status = 200;
  ctx.type = 'text/event-stream';
  ctx.set('Cache-Control', 'no-cache, no-transform');
  ctx.set('X-Accel-Buffering', 'no');
  ctx.body = out;
  // Sent at once, so the client knows the stream is open before any event.
  write(': open\n\n');
  const heartbeat = setInterval(() => write(': keep-alive\n\n'), heartbeatMs);
  heartbeat.unref();
  try {
    close = await stream.open({
      event: (name, id, data) => write(`event: ${name}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`),
      end: finish,
    });
  } catch (error) {
    finish();
    throw error;
  }
  if (ended) close();
}
