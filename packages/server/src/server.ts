import { createServer, type Server } from 'node:http';
import {
  ID_GENERATOR,
  UNIT_OF_WORK,
  type Clock,
  type IdGenerator,
  type Mailer,
  type UnitOfWork,
} from '@campus/domain';
import type Koa from 'koa';
import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import { compose } from './composition/container.js';
import { pruneNotificationsPeriodically } from './composition/notification-pruning.js';
import { unlimitedUseCases } from './composition/use-cases.module.js';
import type { AppState } from './http/app-state.js';
import { createApp } from './http/app.js';
import { idempotency } from './http/idempotency.js';
import { InFlight } from './http/in-flight.js';
import { DatabaseProbe } from './http/readiness.js';
import { authenticate } from './http/authenticate.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics/metrics.js';
import { mountDocs } from './openapi/docs-page.js';
import { openApiDocument } from './openapi/openapi.js';
import { allRoutes } from './routes/index.js';
import type { DemoSeeded } from './seed/demo-seed.js';

const VERSION = '0.1.0';

export interface CampusServer {
  app: Koa<AppState>;
  logger: Logger;
  listen(port: number, host: string): Server;
  /**
   * Stops accepting, closes idle keep-alive connections, lets in-flight requests finish (their
   * answers close their connections), then closes the storage.
   */
  close(): Promise<void>;
  /** The requests still running, for the log of a shutdown that had to be cut short. */
  running(): string[];
  /**
   * With METRICS=on and METRICS_PORT set, starts the listener that alone serves `GET /metrics`;
   * otherwise does nothing (the metrics, when on, are on the public app).
   */
  listenMetrics(port: number, host: string): Server | undefined;
  /** What the start found and did, for the start-up summary. */
  startup: StartupFacts;
}

export interface StartupFacts {
  /** The migrations applied by this start (none: the schema was up to date, or not ours to run). */
  applied: readonly string[];
  /** Schools there are: with none, nobody can sign up yet. */
  schools: number;
  /** Set when the demo community was asked for (`serve --demo`). */
  demo: DemoSeeded | undefined;
}

export interface BuildOptions {
  /** False in the workers of `serve --workers`: their primary migrated and ensured the admin. */
  prepare?: boolean;
  /** Replaces the system clock, for tests that move time. */
  clock?: Clock;
  /** Replaces the configured mailer, for tests and embedders that deliver mail themselves. */
  mailer?: Mailer;
  /** Fill the demo community when there is no school yet (`campus serve --demo`). */
  demo?: boolean;
}

/** How long `/ready` waits for the database before it says `down`. */
const DATABASE_PROBE_MS = 1_500;

export async function buildServer(
  config: Config,
  logger = createLogger(config.logLevel),
  options: BuildOptions = {},
): Promise<CampusServer> {
  const prepare = options.prepare ?? true;
  const metrics = config.metrics ? new Metrics() : undefined;
  const {
    container,
    useCases,
    storage,
    idempotency: keys,
    redisReady,
    notifications,
  } = await compose(config, logger, {
    clock: options.clock,
    mailer: options.mailer,
    migrate: prepare,
    observeCache: metrics?.observeCache,
  });
  if (metrics) {
    if (storage.pools) metrics.watchPools(storage.pools);
    metrics.watchRedis(redisReady);
    metrics.watchStreams(() => notifications.hub.open);
  }
  if (config.admin && prepare) {
    const outcome = await useCases.identity.ensureAdmin.execute(config.admin);
    if (outcome !== 'unchanged')
      logger.info({ username: config.admin.username, outcome }, 'admin account ensured');
  }
  let demo: DemoSeeded | undefined;
  if (options.demo && prepare) {
    // Loaded only when asked for: the demo's data and progress bar are no part of a normal start.
    const { demoSeedPorts, seedDemo } = await import('./seed/demo-seed.js');
    demo = await seedDemo(unlimitedUseCases(container, demoSeedPorts()));
  }
  const schools = (await useCases.identity.listSchools.execute()).length;
  const routes = allRoutes(useCases);
  const document = openApiDocument(routes, VERSION);
  const inFlight = new InFlight();
  const ids = container.get<IdGenerator>(ID_GENERATOR);
  const database = new DatabaseProbe(() => storage.ping(), DATABASE_PROBE_MS);
  const app = createApp({
    inFlight: inFlight.middleware,
    routes,
    idempotent: idempotency({
      store: keys,
      unitOfWork: container.get<UnitOfWork>(UNIT_OF_WORK),
      logger,
      secret: config.jwtSecret,
    }),
    extra: (router) => {
      mountDocs(router, document);
      // Never on the public port when METRICS_PORT gives them a listener of their own.
      if (metrics && config.metrics?.port === undefined) router.get('/metrics', metrics.route);
    },
    ...(metrics ? { observe: metrics.middleware } : {}),
    authenticate: authenticate(useCases.identity.authenticate),
    isCanonicalId: (id) => ids.isCanonical(id),
    logger,
    isUnavailable: (error) => storage.isUnavailable(error),
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    ready: async () => {
      const [db, redis] = await Promise.all([database.check(), redisReady?.() ?? ('absent' as const)]);
      return { database: db, redis };
    },
  });
  let server: Server | undefined;
  let metricsServer: Server | undefined;
  const pruning = pruneNotificationsPeriodically(
    useCases.notifications.pruneNotifications,
    logger,
    config.notificationPruneIntervalMs,
  );

  return {
    app,
    logger,
    listen(port, host) {
      const handle = app.callback();
      server = createServer((req, res) => void handle(req, res));
      server.keepAliveTimeout = 5_000;
      return server.listen(port, host);
    },
    listenMetrics(port, host) {
      if (!metrics || config.metrics?.port === undefined) return undefined;
      metricsServer = metrics.server();
      return metricsServer.listen(port, host);
    },
    async close() {
      inFlight.closing();
      // Open streams would hold their connections for ever: they end now, and clients reconnect
      // (with Last-Event-ID) to another instance.
      notifications.endStreams();
      if (metricsServer?.listening) await closeConnections(metricsServer);
      if (server?.listening) await closeConnections(server);
      // Requests whose client went away still run to the end, and so does a pruning batch under
      // way; the pools close only after them.
      await Promise.all([inFlight.drained(), pruning.stop()]);
      await storage.close();
    },
    running: () => inFlight.describe(),
    startup: { applied: storage.applied, schools, demo },
  };
}

/**
 * Stops accepting and ends every connection without cutting an answer: idle ones at once, busy
 * ones after their answer (which carries `Connection: close`). A connection whose answer was
 * already being written when shutdown began goes idle without that header; the sweep closes it.
 */
async function closeConnections(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
  }
}
