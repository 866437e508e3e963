import type { Context, Middleware } from 'koa';
import type { AppState } from './app-state.js';

/**
 * The requests being handled, so shutdown can wait for them before closing the pools. Once
 * `closing()` is called, every answer still to be written carries `Connection: close`: Node then
 * ends its connection after that answer, so a keep-alive client cannot keep a stopping server busy.
 */
export class InFlight {
  /** Each request with when it started. */
  private readonly running = new Map<Context, number>();
  private waiting: (() => void)[] = [];
  private stopping = false;

  readonly middleware: Middleware<AppState> = async (ctx, next) => {
    this.running.set(ctx, Date.now());
    try {
      await next();
    } finally {
      // Koa writes the answer after the outermost middleware returns: the header still goes out.
      if (this.stopping && !ctx.headerSent) ctx.set('Connection', 'close');
      this.running.delete(ctx);
      if (this.running.size === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  };

  /** From now on every answer closes its connection. */
  closing(): void {
    this.stopping = true;
  }

  /** Resolves once no request is running (at once when none is). */
  drained(): Promise<void> {
    return this.running.size === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The requests still running, e.g. `POST /api/v1/auth/login (1200 ms)`, for the log of a forced exit. */
  describe(now = Date.now()): string[] {
    return [...this.running].map(([ctx, started]) => `${ctx.method} ${ctx.path} (${now - started} ms)`);
  }
}
