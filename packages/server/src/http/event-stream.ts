import type { Context } from 'koa';

/** Where a stream's events go; `end` closes the answer. */
export interface EventSink {
  event(name: string, id: string, data: unknown): void;
  end(): void;
}

/**
 * A route's answer as Server-Sent Events: `open` starts it once the headers are set and answers
 * what to call when the client goes away. `endsInMs`, when given, is when the authority it was
 * opened with runs out: the stream ends then, and the client must come back with a fresh one.
 */
export class EventStream {
  constructor(
    readonly open: (sink: EventSink) => Promise<() => void>,
    readonly endsInMs?: number,
  ) {}
}

/** setTimeout's longest delay; a stream meant to last longer ends then, and the client reconnects. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** A comment line this often keeps proxies and clients from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;

/**
 * Answers with `stream`: `text/event-stream`, nothing cached or buffered on the way (proxies
 * included), no socket timeout. The stream opens before anything is written, so a failure to open
 * it is still answered as an error; then the answer is written straight to the socket (Koa lets
 * go of it), and ends when the client leaves, when the stream ends it, or when the authority it
 * was opened with runs out (a comment line `: expired`, then the end). The request is done for
 * Koa, and for shutdown's wait, once the stream is open.
 */
export async function serveEventStream(
  ctx: Context,
  stream: EventStream,
  heartbeatMs = HEARTBEAT_MS,
): Promise<void> {
  const res = ctx.res;
  const early: string[] = [];
  let live = false;
  let ended = false;
  const timer: { heartbeat?: NodeJS.Timeout; expiry?: NodeJS.Timeout } = {};
  let close: (() => void) | undefined;
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(timer.heartbeat);
    clearTimeout(timer.expiry);
    close?.();
    if (live) res.end();
  };
  const write = (text: string) => {
    if (ended) return;
    if (live) res.write(text);
    else early.push(text);
  };
  ctx.req.socket.setTimeout(0);
  ctx.req.socket.setNoDelay(true);
  res.once('close', finish);
  if (stream.endsInMs !== undefined) {
    // Counted from before the stream opens: its catch-up reads do not lengthen its authority.
    timer.expiry = setTimeout(
      () => {
        write(': expired\n\n');
        finish();
      },
      Math.min(stream.endsInMs, LONGEST_TIMER_MS),
    );
    timer.expiry.unref();
  }
  try {
    close = await stream.open({
      event: (name, id, data) => write(`event: ${name}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`),
      end: finish,
    });
  } catch (error) {
    res.off('close', finish);
    clearTimeout(timer.expiry);
    throw error;
  }
  ctx.status = 200;
  ctx.type = 'text/event-stream';
  ctx.set('Cache-Control', 'no-cache, no-transform');
  ctx.set('X-Accel-Buffering', 'no');
  ctx.respond = false;
  live = true;
  // The comment tells the client at once that the stream is open; the missed ones follow it.
  res.write(`: open\n\n${early.join('')}`);
  if (ended) {
    close();
    res.end();
    return;
  }
  timer.heartbeat = setInterval(() => write(': keep-alive\n\n'), heartbeatMs);
  timer.heartbeat.unref();
}
