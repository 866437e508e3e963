import { createServer, type Server } from 'node:http';
import { Authenticate, EnsureAdmin } from '@campus/application';
import { ID_GENERATOR, UNIT_OF_WORK, type Clock, type IdGenerator, type UnitOfWork } from '@campus/domain';
import type Koa from 'koa';
import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import { compose } from './composition/container.js';
import type { AppState } from './http/app-state.js';
import { createApp } from './http/app.js';
import { idempotency } from './http/idempotency.js';
import { InFlight } from './http/in-flight.js';
import { authenticate } from './http/authenticate.js';
import { createLogger } from './logger.js';
import { mountDocs } from './openapi/docs-page.js';
import { openApiDocument } from './openapi/openapi.js';
import { allRoutes } from './routes/index.js';

const VERSION = '0.1.0';

export interface CampusServer {
  app: Koa<AppState>;
  logger: Logger;
  listen(port: number, host: string): Server;
  /** Stops accepting, lets in-flight requests finish, then closes the storage. */
  close(): Promise<void>;
}

/** `options.clock` replaces the system clock, for tests that move time. */
export async function buildServer(
  config: Config,
  logger = createLogger(config.logLevel),
  options: { clock?: Clock } = {},
): Promise<CampusServer> {
  const { container, storage, idempotency: keys, redisReady } = await compose(config, logger, options.clock);
  if (config.admin) {
    const outcome = await container.get(EnsureAdmin).execute(config.admin);
    if (outcome !== 'unchanged')
      logger.info({ username: config.admin.username, outcome }, 'admin account ensured');
  }
  const routes = allRoutes(container);
  const document = openApiDocument(routes, VERSION);
  const inFlight = new InFlight();
  const ids = container.get<IdGenerator>(ID_GENERATOR);
  const app = createApp({
    inFlight: inFlight.middleware,
    routes,
    idempotent: idempotency({
      store: keys,
      unitOfWork: container.get<UnitOfWork>(UNIT_OF_WORK),
      logger,
      secret: config.jwtSecret,
    }),
    extra: (router) => mountDocs(router, document),
    authenticate: authenticate(container.get(Authenticate)),
    isCanonicalId: (id) => ids.isCanonical(id),
    logger,
    isUnavailable: (error) => storage.isUnavailable(error),
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    ready: async () => ({
      database: await storage.ping(),
      ...(redisReady ? { redis: await redisReady() } : {}),
    }),
  });
  let server: Server | undefined;

  return {
    app,
    logger,
    listen(port, host) {
      const handle = app.callback();
      server = createServer((req, res) => void handle(req, res));
      server.keepAliveTimeout = 5_000;
      return server.listen(port, host);
    },
    async close() {
      if (server?.listening) {
        const closed = new Promise<void>((resolve, reject) =>
          server!.close((e) => (e ? reject(e) : resolve())),
        );
        server.closeIdleConnections();
        await closed;
      }
      // Requests whose client went away still run to the end; the pools close only after them.
      await inFlight.drained();
      await storage.close();
    },
  };
}
