import 'reflect-metadata';
import { once } from 'node:events';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { createLogger } from './logger.js';
import { buildServer, type BuildOptions, type CampusServer } from './server.js';

/**
 * `npm start` (and each worker of `serve --workers`): serve the API until SIGTERM or SIGINT, then
 * shut down gracefully and exit 0. A server that cannot start exits 1, whatever it left open.
 */
export async function serve(options: BuildOptions = {}, loaded?: Config): Promise<void> {
  let config;
  try {
    config = loaded ?? loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
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
  try {
    server = await buildServer(config, logger, options);
    if (stopping) {
      await server.close();
      process.exit(0);
    }
    // Rejects on the server's 'error' (a port taken, say).
    await once(server.listen(config.port, config.host), 'listening');
  } catch (error) {
    // An open pool or Redis client would keep a half-started process alive and unnoticed.
    logger.fatal({ err: error }, 'campus could not start');
    process.exit(1);
  }
  logger.info(
    { port: config.port, host: config.host, database: config.databaseUrl.split(':')[0], pid: process.pid },
    'campus is listening',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve();
}
