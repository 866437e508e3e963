import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy to put between a client and a service in fault tests: `cut()` drops every
 * connection and refuses new ones; `stall()` stops forwarding on every connection (as a SIGSTOP'd
 * server would), `restore()` resumes and accepts again.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private mode: 'pass' | 'cut' | 'stall' = 'pass';
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<number> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this.port;
  }

  cut(): void {
    this.mode = 'cut';
    this.dropAll();
  }

  stall(): void {
    this.mode = 'stall';
    for (const socket of this.sockets) socket.pause();
  }

  restore(): void {
    this.mode = 'pass';
    for (const socket of this.sockets) socket.resume();
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: Socket): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => undefined);
    if (this.mode === 'cut') return void client.destroy();
    const upstream = connect(this.targetPort, this.targetHost);
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    if (this.mode === 'stall') {
      client.pause();
      upstream.pause();
    }
  }

  private dropAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}
