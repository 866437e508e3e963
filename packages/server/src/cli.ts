#!/usr/bin/env node
import 'reflect-metadata';
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import type { EnsureAdminOutput, UseCases } from '@campus/application';
import { NOTIFICATION_RETENTION_DAYS, type Token } from '@campus/domain';
import { loadConfig, type Config } from './config/config.js';
import { createLogger } from './logger.js';
import { explainStartupError } from './startup/startup-errors.js';

const USAGE = `Usage: campus <command> [options]

Commands:
  serve [--workers N] [--demo]
                        run the HTTP server (the default); N processes share the port (or WORKERS=N);
                        --demo first fills the demo community when there is no school yet
  migrate               bring the database schema up to date, say what was applied, then exit
  create-admin --username NAME
                        create an admin, or promote an existing account (which keeps its password);
                        the password comes from CAMPUS_ADMIN_PASSWORD, else standard input
  seed --demo           fill a demo school with departments, boards, users, posts, courses and timetables
  prune                 delete the notifications older than 90 days (in batches), say how many, then exit;
                        \`serve\` also does it every NOTIFICATION_PRUNE_INTERVAL

Configuration comes from the environment (see .env.example): DATABASE_URL, JWT_SECRET, ...`;

/** A password on the command line is visible to every user of the machine (ps) and in npm's echo. */
const NO_PASSWORD_FLAG =
  "create-admin does not take --password: a password on the command line shows in `ps` and in npm's echo of the command. " +
  "Give it in CAMPUS_ADMIN_PASSWORD (CAMPUS_ADMIN_PASSWORD='...' npm run campus -- create-admin --username NAME) " +
  'or on standard input (typed when asked, or piped: printf %s "$PASSWORD" | npm run campus -- create-admin --username NAME).';

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  if (
    command === 'create-admin' &&
    rest.some((arg) => arg === '--password' || arg.startsWith('--password='))
  ) {
    console.error(NO_PASSWORD_FLAG);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        username: { type: 'string' },
        demo: { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  switch (command) {
    case 'serve': {
      let workers = Number(values.workers ?? 1);
      if (!Number.isInteger(workers) || workers < 1) {
        console.error('--workers needs a whole number of at least 1.');
        return 2;
      }
      // A worker of `serve --workers`: its primary migrated and ensured the admin before forking.
      if (cluster.isWorker) {
        await (await import('./main.js')).serve({ prepare: false });
        return -1;
      }
      const config = (loaded = loadConfig());
      if (values.workers === undefined) workers = config.workers;
      if (workers > 1) {
        const refusal = refuseWorkers(config, workers);
        if (refusal) {
          console.error(refusal);
          return 2;
        }
        const { superviseWorkers } = await import('./worker-supervisor.js');
        const { isDatabaseUnavailable } = await import('@campus/adapters/sequelize');
        process.exit(
          await superviseWorkers({ workers, ...supervision(config, values.demo, isDatabaseUnavailable) }),
        );
      }
      await (await import('./main.js')).serve({ demo: values.demo }, config);
      return -1; // keeps running until a signal
    }
    case 'migrate':
      return withComposition((_get, applied, config) => {
        if (config.databaseUrl === 'memory')
          console.log('DATABASE_URL=memory has no schema: nothing to migrate.');
        else if (applied.length === 0) console.log('The database schema is up to date: nothing to apply.');
        else
          console.log(
            `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: ${applied.join(', ')}. The database schema is now up to date.`,
          );
        return Promise.resolve();
      });
    case 'create-admin': {
      const username = values.username ?? process.env.ADMIN_USERNAME;
      if (!username) {
        console.error('create-admin needs --username NAME (or ADMIN_USERNAME).');
        return 2;
      }
      const password = await adminPassword();
      if (!password) {
        console.error(
          `create-admin needs a password. ${NO_PASSWORD_FLAG.slice(NO_PASSWORD_FLAG.indexOf('Give it'))}`,
        );
        return 2;
      }
      return withComposition(async (campus) => {
        const outcome = await campus.identity.ensureAdmin.execute({ username, password });
        console.log(ADMIN_OUTCOMES[outcome](username));
      });
    }
    case 'prune':
      return withComposition(async (campus) => {
        // Every batch, however large the backlog: a command run by hand or by a scheduler.
        const { deleted, cutoff } = await campus.notifications.pruneNotifications.execute({
          maxBatches: Number.MAX_SAFE_INTEGER,
        });
        console.log(
          `Pruned ${deleted} notification${deleted === 1 ? '' : 's'} made before ${cutoff} (older than ${NOTIFICATION_RETENTION_DAYS} days).`,
        );
      });
    case 'seed': {
      if (!values.demo) {
        console.error('seed needs --demo.');
        return 2;
      }
      const { demoSeedPorts, seedDemo, demoLogin } = await import('./seed/demo-seed.js');
      return withComposition(async (campus) => {
        const demo = await seedDemo(campus);
        console.log(
          demo.seeded
            ? `Seeded ${demo.school}: ${demoLogin(demo)}.`
            : `${demo.school} is already seeded (nothing changed): ${demoLogin(demo)}.`,
        );
      }, demoSeedPorts());
    }
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

/** The configuration of this run, once read: what a failure is explained against. */
let loaded: Config | undefined;

/** What create-admin did, said so that nobody wonders which password now works. */
const ADMIN_OUTCOMES: Record<EnsureAdminOutput, (username: string) => string> = {
  created: (username) => `Admin ${username} created: log in as ${username} with the password given.`,
  promoted: (username) =>
    `Admin ${username}: the account existed and was promoted to admin. Its password was kept; the password given was not used (create-admin never changes an existing account's password).`,
  unchanged: (username) =>
    `Admin ${username}: already an admin, nothing changed. Its password was kept; the password given was not used.`,
};

/**
 * The admin's password: CAMPUS_ADMIN_PASSWORD (or ADMIN_PASSWORD, the start-up's), else standard
 * input, asked for without echo at a terminal, or its first line when piped.
 */
async function adminPassword(): Promise<string | undefined> {
  const fromEnv = process.env.CAMPUS_ADMIN_PASSWORD || process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] || undefined;
  }
  return askHidden('Password for the admin account: ');
}

/** Reads one line at the terminal without showing what is typed. */
async function askHidden(prompt: string): Promise<string | undefined> {
  const { createInterface } = await import('node:readline');
  const { Writable } = await import('node:stream');
  // The line is echoed to a stream that drops it; only the prompt reaches the terminal.
  const hidden = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: hidden, terminal: true });
  process.stdout.write(prompt);
  try {
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    return answer || undefined;
  } finally {
    rl.close();
    process.stdout.write('\n');
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
function supervision(config: Config, demo: boolean, retryable: (error: unknown) => boolean) {
  const logger = createLogger(config.logLevel, config.logFormat);
  return {
    logger,
    startTimeoutMs: config.workerStartTimeoutMs,
    restartDelayMs: config.workerRestartDelayMs,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    retryable,
    explain: (error: unknown) => explainStartupError(error, config),
    // Migrations and the admin account, once, so that no two workers race to make them.
    prepare: async () => {
      const { compose, unlimitedUseCases } = await composition();
      const { useCases, storage, container } = await compose(config, logger);
      try {
        if (config.admin) await useCases.identity.ensureAdmin.execute(config.admin);
        if (demo) {
          const { demoSeedPorts, seedDemo, demoLogin } = await import('./seed/demo-seed.js');
          const seeded = await seedDemo(unlimitedUseCases(container, demoSeedPorts()));
          logger.info(`demo community ready: ${demoLogin(seeded)}`);
        }
      } finally {
        await storage.close();
      }
    },
  };
}

/**
 * The composition and the server are loaded by the commands that use them: most of the start-up
 * time of a command is loading them, and `--help` or a mistyped command needs neither.
 */
async function composition() {
  const [{ compose }, { unlimitedUseCases }] = await Promise.all([
    import('./composition/container.js'),
    import('./composition/use-cases.module.js'),
  ]);
  return { compose, unlimitedUseCases };
}

/** Opens the configured storage (migrating it), runs `work`, closes. */
async function withComposition(
  work: (campus: UseCases, applied: readonly string[], config: Config) => Promise<void>,
  replaced?: ReadonlyMap<Token<unknown>, unknown>,
): Promise<number> {
  const config = (loaded = loadConfig());
  const { compose, unlimitedUseCases } = await composition();
  const { container, storage } = await compose(config, createLogger('warn', config.logFormat));
  try {
    // The commands write for no user (an admin, a seed): no write limits.
    await work(unlimitedUseCases(container, replaced), storage.applied, config);
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
    // What a person can fix is said in a paragraph; anything else is a bug and keeps its stack.
    const context = loaded ?? { databaseUrl: process.env.DATABASE_URL ?? '' };
    console.error(explainStartupError(error, context) ?? error);
    process.exitCode = 1;
  },
);
