import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';

export interface Answer {
  /** When the answer arrived (this process's clock). */
  at: number;
  status: number;
  body: string;
  /** The answer said `Connection: close`. */
  closes: boolean;
  /** Which connection carried it. */
  socket: number;
}

const socketIds = new WeakMap<Socket, number>();
let nextSocketId = 1;

function socketId(socket: Socket): number {
  let id = socketIds.get(socket);
  if (id === undefined) socketIds.set(socket, (id = nextSocketId++));
  return id;
}

/** One request on a keep-alive agent, with the connection it went over and its headers. */
export function send(
  agent: Agent,
  url: string,
  method = 'GET',
  body?: unknown,
): Promise<Answer & { headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      url,
      { agent, method, headers: payload ? { 'Content-Type': 'application/json' } : {} },
      (res) => {
        const socket = socketId(res.socket);
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            at: Date.now(),
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            closes: /close/i.test(res.headers.connection ?? ''),
            socket,
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Clients that each keep one connection open and send request after request on it, as a proxy in
 * front of the app does. A client stops at its first failure (its connection closed and no new
 * one accepted) or when told to.
 */
export class KeepAliveLoad {
  readonly answers: Answer[] = [];
  readonly failures: { at: number; message: string }[] = [];
  private running = true;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly clients: number,
    private readonly method = 'GET',
    private readonly body?: unknown,
  ) {}

  start(): void {
    this.loops = Array.from({ length: this.clients }, () => this.client());
  }

  /** Resolves once at least `count` answers have come, or throws after `withinMs`. */
  async warmedUp(count: number, withinMs = 10_000): Promise<void> {
    const deadline = Date.now() + withinMs;
    while (this.answers.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.answers.length} answers within ${withinMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Resolves once every client has stopped by itself, or stops them after `withinMs`. */
  async finished(withinMs: number): Promise<boolean> {
    const all = Promise.all(this.loops).then(() => true);
    const late = new Promise<boolean>((r) => setTimeout(() => r(false), withinMs).unref());
    const byThemselves = await Promise.race([all, late]);
    this.running = false;
    await all;
    return byThemselves;
  }

  private async client(): Promise<void> {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (this.running) {
        try {
          this.answers.push(await send(agent, this.url, this.method, this.body));
        } catch (error) {
          this.failures.push({ at: Date.now(), message: (error as Error).message });
          return;
        }
      }
    } finally {
      agent.destroy();
    }
  }
}
