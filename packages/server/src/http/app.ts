import cors from '@koa/cors';
import { Router } from '@koa/router';
import Koa, { type Middleware } from 'koa';
import type { Logger } from 'pino';
import type { AppState } from './app-state.js';
import { methodNotAllowed, notFound } from './http-errors.js';
import type { ReadyReport } from './readiness.js';
import { errorMapper, jsonBody, requestId, requestLog, securityHeaders } from './middleware.js';
import { mount, type AnyRoute } from './route.js';

export const API_BASE = '/api/v1';

export interface AppOptions {
  routes: readonly AnyRoute[];
  authenticate: Middleware<AppState>;
  /** Whether an id is spelled as the server issues ids (`IdGenerator.isCanonical`). */
  isCanonicalId: (id: string) => boolean;
  logger: Logger;
  isUnavailable: (error: unknown) => boolean;
  corsOrigins: readonly string[];
  /**
   * Whether `X-Forwarded-For` names the client: only behind a proxy one runs, which appends the
   * address it saw. Otherwise anyone could claim any address, and the socket's is the truth.
   */
  trustProxy?: boolean;
  /** The state of the database and Redis, for `/ready` (each probe bounded in time). */
  ready: () => Promise<ReadyReport>;
  /** Runs first, around everything: counts requests in flight for a graceful shutdown. */
  inFlight?: Middleware<AppState>;
  /** `Idempotency-Key` on every creating route; without it, the header is ignored. */
  idempotent?: Middleware<AppState>;
  /** Runs next, around everything else: sees every request's route and final status (metrics). */
  observe?: Middleware<AppState>;
  /** Routes outside the API base (`/docs`, `/api/v1/openapi.json`), mounted as they are. */
  extra?: (router: Router<AppState>) => void;
}

export function createApp(options: AppOptions): Koa<AppState> {
  // Behind a trusted proxy, the address it appended last: earlier entries are the client's say-so.
  const app = new Koa<AppState>({ proxy: options.trustProxy ?? false, maxIpsCount: 1 });
  // What reaches here happened after the answer began (the error mapper answers the rest): mostly a
  // client gone mid-answer, which a held-open stream meets whenever a browser tab closes. Koa would
  // print each to stderr; a gone client is not worth a line, anything else is logged.
  app.on('error', (error: NodeJS.ErrnoException) => {
    const gone = ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE'].includes(
      error.code ?? '',
    );
    if (gone) options.logger.debug({ code: error.code }, 'client left before its answer ended');
    else options.logger.warn({ err: error }, 'error after the answer began');
  });
  const allowed = new Set(options.corsOrigins);

  const root = new Router<AppState>();
  root.get('/health', (ctx) => {
    ctx.state.route = 'GET /health';
    ctx.body = { status: 'ok' };
  });
  root.get('/ready', async (ctx) => {
    ctx.state.route = 'GET /ready';
    const report = await options.ready();
    const ok = report.database === 'up';
    ctx.status = ok ? 200 : 503;
    ctx.body = { status: ok ? 'ready' : 'unavailable', ...report };
  });
  options.extra?.(root);

  const api = new Router<AppState>({ prefix: API_BASE });
  mount(api, options.routes, options.authenticate, options.isCanonicalId, options.idempotent);

  if (options.inFlight) app.use(options.inFlight);
  if (options.observe) app.use(options.observe);
  app.use(requestId);
  app.use(securityHeaders);
  app.use(requestLog(options.logger));
  app.use(errorMapper(options.logger, options.isUnavailable));
  app.use(
    cors({
      origin: (ctx) => (allowed.has(ctx.get('Origin')) ? ctx.get('Origin') : ''),
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'Idempotent-Replayed'],
      allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', 'Idempotency-Key'],
      maxAge: 600,
    }),
  );
  app.use(jsonBody());
  app.use(unanswered);
  for (const router of [root, api]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app;
}

/**
 * What no route answered, as the API's errors: an unknown path is 404. A known path asked with a
 * method it does not take gets the routers' own answer: OPTIONS their 200 with `Allow`, any other
 * method a 405 that carries `Allow` as HTTP requires (their bare 501, for a method they have never
 * heard of such as PROPFIND, is a 405 too).
 */
const unanswered: Middleware<AppState> = async (ctx, next) => {
  await next();
  if (ctx.body !== undefined && ctx.body !== null) return;
  if (ctx.status === 404) throw notFound();
  if (ctx.status === 405 || ctx.status === 501) {
    throw methodNotAllowed(ctx.response.get('Allow').split(/,\s*/).filter(Boolean));
  }
};
