import { createServer, connect, type Server, type Socket } from 'node:net';

type Mode = 'pass' | 'cut' | 'stall';

interface Link {
  client: Socket;
  upstream: Socket;
  /** Silent for good: a peer that vanished without a reset (see blackhole). */
  dead: boolean;
}

/**
 * A TCP proxy to put between a client and a service in fault tests.
 * - `cut()`: resets every connection and every new one at once (as a stopped service would).
 * - `stall()`: keeps connections and accepts new ones, but forwards nothing either way (as a
 *   SIGSTOP'd service would); `restore()` delivers what was held and forwards again.
 * - `blackhole()`: the connections open now go silent for good, even after `restore()`; new
 *   ones pass (a failover, or a peer gone without a reset: only a reconnect helps).
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly links = new Set<Link>();
  private mode: Mode = 'pass';
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  /** Connections currently open through the proxy. */
  get connections(): number {
    return this.links.size;
  }

  cut(): void {
    this.mode = 'cut';
    for (const link of this.links) this.drop(link);
  }

  stall(): void {
    this.mode = 'stall';
    for (const link of this.links) this.pause(link);
  }

  blackhole(): void {
    for (const link of this.links) {
      link.dead = true;
      this.pause(link);
    }
  }

  restore(): void {
    this.mode = 'pass';
    for (const link of this.links) if (!link.dead) this.resume(link);
  }

  async close(): Promise<void> {
    this.mode = 'cut';
    for (const link of this.links) this.drop(link);
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    client.on('error', () => undefined);
    if (this.mode === 'cut') return void client.resetAndDestroy();
    const upstream = connect(this.targetPort, this.targetHost);
    upstream.on('error', () => undefined);
    const link: Link = { client, upstream, dead: false };
    this.links.add(link);
    this.forward(link, client, upstream);
    this.forward(link, upstream, client);
    const end = () => {
      this.links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', end);
    if (this.mode === 'stall') this.pause(link);
  }

  /** By hand rather than pipe(): a pipe resumes its source on 'drain', even in a stall. */
  private forward(link: Link, from: Socket, to: Socket): void {
    from.on('data', (chunk: Buffer) => {
      if (!to.write(chunk)) from.pause();
    });
    to.on('drain', () => {
      if (this.mode !== 'stall' && !link.dead) from.resume();
    });
  }

  private pause(link: Link): void {
    link.client.pause();
    link.upstream.pause();
  }

  private resume(link: Link): void {
    link.client.resume();
    link.upstream.resume();
  }

  private drop(link: Link): void {
    this.links.delete(link);
    link.client.resetAndDestroy();
    link.upstream.destroy();
  }
}
