/**
 * The server as a library, for an application that mounts the API itself or runs it in its own
 * process: `loadConfig` reads and checks the environment (or a map given instead), `buildServer`
 * composes the adapters it names, runs the migrations and returns the Koa app with `listen` and a
 * graceful `close`. The `campus` CLI is built on the same calls.
 */
import 'reflect-metadata';

export { buildServer, type CampusServer } from './server.js';
export { ConfigError, loadConfig, type Config } from './config/config.js';
export { createLogger } from './logger.js';
