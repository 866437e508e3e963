import type { Middleware } from 'koa';
import type { AppState } from './app-state.js';

/** Counts requests being handled, so shutdown can wait for them before closing the pools. */
export class InFlight {
  private count = 0;
  private waiting: (() => void)[] = [];

  readonly middleware: Middleware<AppState> = async (_ctx, next) => {
    this.count += 1;
    try {
      await next();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  };

  /** Resolves once no request is running (at once when none is). */
  drained(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
