#!/usr/bin/env node
import 'reflect-metadata';
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { isDatabaseUnavailable } from '@campus/adapters/sequelize';
import type { UseCases } from '@campus/application';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { compose } from './composition/container.js';
import { createLogger } from './logger.js';
import { serve } from './main.js';
import { superviseWorkers } from './worker-supervisor.js';

const USAGE = `Usage: campus <command> [options]

Commands:
  serve [--workers N]   run the HTTP server (the default); N processes share the port (or WORKERS=N)
  migrate               bring the database schema up to date, then exit
  create-admin          create (or promote) an admin: --username NAME --password SECRET
  seed --demo           fill a demo school with departments, boards, users, posts, courses and timetables

Configuration comes from the environment (see the README): DATABASE_URL, JWT_SECRET, ...`;

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      demo: { type: 'boolean', default: false },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  switch (command) {
    case 'serve': {
      const workers = Number(values.workers ?? process.env.WORKERS ?? 1);
      if (!Number.isInteger(workers) || workers < 1) {
        console.error('--workers needs a whole number of at least 1.');
        return 2;
      }
      // A worker of `serve --workers`: its primary migrated and ensured the admin before forking.
      if (cluster.isWorker) {
        await serve({ prepare: false });
        return -1;
      }
      const config = loadConfig();
      if (workers > 1) {
        const refusal = refuseWorkers(config, workers);
        if (refusal) {
          console.error(refusal);
          return 2;
        }
        process.exit(await superviseWorkers({ workers, ...supervision(config) }));
      }
      await serve({}, config);
      return -1; // keeps running until a signal
    }
    case 'migrate':
      return withComposition(() => {
        console.log('The database schema is up to date.');
        return Promise.resolve();
      });
    case 'create-admin': {
      const username = values.username ?? process.env.ADMIN_USERNAME;
      const password = values.password ?? process.env.ADMIN_PASSWORD;
      if (!username || !password) {
        console.error('create-admin needs --username and --password (or ADMIN_USERNAME and ADMIN_PASSWORD).');
        return 2;
      }
      return withComposition(async (campus) => {
        const outcome = await campus.identity.ensureAdmin.execute({ username, password });
        console.log(`Admin ${username}: ${outcome}.`);
      });
    }
    case 'seed': {
      if (!values.demo) {
        console.error('seed needs --demo.');
        return 2;
      }
      const { seedDemo } = await import('./seed/demo-seed.js');
      return withComposition((campus) => seedDemo(campus));
    }
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

/** Why `serve --workers N` cannot run on this configuration, or null when it can. */
function refuseWorkers(config: Config, workers: number): string | null {
  if (config.databaseUrl === 'memory' || config.databaseUrl === 'sqlite::memory:') {
    return `--workers ${workers} needs a database the workers share: each worker would have its own ${config.databaseUrl} database. Use sqlite:<file> or mysql://..., or one worker.`;
  }
  if (!config.redisUrl) {
    return `--workers ${workers} needs REDIS_URL: without Redis each worker keeps its own cache, login counters and sessions, so one worker would serve posts another has changed and accept a token another has logged out. Set REDIS_URL, or run one worker.`;
  }
  return null;
}

/** How the primary prepares the database and restarts workers, from the configuration. */
function supervision(config: Config) {
  const logger = createLogger(config.logLevel);
  return {
    logger,
    startTimeoutMs: config.workerStartTimeoutMs,
    restartDelayMs: config.workerRestartDelayMs,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    retryable: isDatabaseUnavailable,
    // Migrations and the admin account, once, so that no two workers race to make them.
    prepare: async () => {
      const { useCases, storage } = await compose(config, logger);
      try {
        if (config.admin) await useCases.identity.ensureAdmin.execute(config.admin);
      } finally {
        await storage.close();
      }
    },
  };
}

/** Opens the configured storage (migrating it), runs `work`, closes. */
async function withComposition(work: (campus: UseCases) => Promise<void>): Promise<number> {
  const config = loadConfig();
  const { useCases, storage } = await compose(config, createLogger('warn'));
  try {
    await work(useCases);
    return 0;
  } finally {
    await storage.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  },
);
