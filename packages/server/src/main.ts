import 'reflect-metadata';
import cluster from 'node:cluster';
import { once } from 'node:events';
import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from './config/config.js';
import { createLogger, writesPrettyLogs } from './logger.js';
import { buildServer, type BuildOptions, type CampusServer } from './server.js';
import { explainStartupError, type StartupContext } from './startup/startup-errors.js';
import { announce, summarize } from './startup/startup-summary.js';

/**
 * `npm start` (and each worker of `serve --workers`): serve the API until SIGTERM or SIGINT, then
 * shut down gracefully and exit 0. A server that cannot start says why and exits 1, whatever it
 * left open: one paragraph for what a person can fix (a port taken, a database missing or out of
 * reach, a bad setting), the stack for anything else.
 */
export async function serve(options: BuildOptions = {}, loaded?: Config): Promise<void> {
  let config: Config;
  try {
    config = loaded ?? loadConfig();
  } catch (error) {
    failed(error, { databaseUrl: process.env.DATABASE_URL ?? '' });
  }
  const logger = createLogger(config.logLevel, config.logFormat);
  let server: CampusServer | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    // A second signal (the primary's and the terminal's, say) changes nothing.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error({ running: server?.running() ?? [] }, 'shutdown took too long; cutting what still runs');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    if (!server) return; // still starting: it stops as soon as it is built
    server.close().then(
      () => {
        clearTimeout(force);
        logger.info('shut down');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  let port = config.port;
  let metricsPort: number | undefined;
  try {
    server = await buildServer(config, logger, options);
    if (stopping) {
      await server.close();
      process.exit(0);
    }
    // Each rejects on its server's 'error' (a port taken, say).
    const listening = server.listen(config.port, config.host);
    await once(listening, 'listening');
    port = (listening.address() as AddressInfo).port;
    const metrics =
      config.metrics?.port === undefined ? undefined : server.listenMetrics(config.metrics.port, config.host);
    if (metrics) {
      await once(metrics, 'listening');
      metricsPort = (metrics.address() as AddressInfo).port;
    }
  } catch (error) {
    // An open pool or Redis client would keep a half-started process alive and unnoticed.
    failed(error, { ...config, metricsPort: config.metrics?.port }, logger);
  }
  const summary = summarize(config, port, server.startup, metricsPort);
  // The workers of `serve --workers` each log that they listen, in the logs' format.
  const readable = writesPrettyLogs(config.logFormat) && !cluster.isWorker;
  announce(
    logger,
    { port, host: config.host, database: config.databaseUrl.split(':')[0]! },
    summary,
    server.startup,
    readable,
  );
}

/** Says why the start failed and exits 1. */
function failed(error: unknown, context: StartupContext, logger?: Logger): never {
  const reason = explainStartupError(error, context);
  if (reason !== null) console.error(reason);
  else if (logger) logger.fatal({ err: error }, 'campus could not start');
  else console.error(error);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve();
}
