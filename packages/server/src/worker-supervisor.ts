import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

export interface SupervisorOptions {
  workers: number;
  /** The whole process gives up (exit 1) when no worker is listening by then. */
  startTimeoutMs: number;
  /** The first wait before a failed worker (or a failed `prepare`) is tried again; it doubles. */
  restartDelayMs: number;
  /** How long each worker may take to shut down; the primary waits a little longer. */
  shutdownTimeoutMs: number;
  /** Work done once, before any worker exists (migrations, the admin account). */
  prepare: () => Promise<void>;
  /** Whether a failure of `prepare` may pass (the database not answering yet), so it is retried. */
  retryable: (error: unknown) => boolean;
  /** A paragraph for a person about a failure they can fix (the database missing, say), else null. */
  explain?: (error: unknown) => string | null;
  logger: Logger;
}

const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The primary of `serve --workers N`. It prepares the database once, then forks N workers that
 * share the port and replaces any that exits, waiting longer after each failure in a row. If no
 * worker listens within the start timeout, it exits 1 so that a supervisor above it can act.
 * SIGTERM is passed on; the exit code is 0 only when every worker shut down cleanly.
 */
export async function superviseWorkers(options: SupervisorOptions): Promise<number> {
  const { logger } = options;
  let stopping = false;
  let stoppedBy: NodeJS.Signals | undefined;
  let started = false;
  let failuresInARow = 0;
  const failed: string[] = [];
  const listened = new WeakSet<Worker>();
  const pendingForks = new Set<NodeJS.Timeout>();
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const giveUp = setTimeout(() => {
    logger.fatal({ withinMs: options.startTimeoutMs }, 'no worker started in time; giving up');
    for (const worker of live()) worker.process.kill('SIGKILL');
    finish(1);
  }, options.startTimeoutMs);
  const backOff = () => Math.min(options.restartDelayMs * 2 ** failuresInARow++, MAX_RESTART_DELAY_MS);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stoppedBy = signal;
    clearTimeout(giveUp);
    logger.info({ signal }, 'shutting down the workers');
    for (const timer of pendingForks) clearTimeout(timer);
    // A worker that had failed and was waiting for its replacement is a failure too.
    if (pendingForks.size > 0) failed.push(`${pendingForks.size} worker(s) down, awaiting replacement`);
    pendingForks.clear();
    for (const worker of live()) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of live()) failed.push(`worker ${worker.process.pid} did not stop`);
      for (const worker of live()) worker.process.kill('SIGKILL');
      finish(1);
    }, options.shutdownTimeoutMs + 1_000).unref();
    if (live().length === 0) finish(failed.length > 0 ? 1 : 0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const prepared = prepareWithRetries(options, backOff);
  const outcome = await Promise.race([prepared, done]);
  if (typeof outcome === 'number') return outcome; // stopped, or gave up, while preparing
  if (outcome === 'failed') {
    clearTimeout(giveUp);
    return 1;
  }
  failuresInARow = 0;

  cluster.on('listening', (worker) => {
    if (!started) logger.info({ workers: options.workers }, 'campus workers are starting to listen');
    started = true;
    failuresInARow = 0;
    listened.add(worker);
    clearTimeout(giveUp);
    logger.debug({ pid: worker.process.pid }, 'worker listening');
  });
  cluster.on('exit', (worker, code, signal) => {
    const how = { pid: worker.process.pid, code, signal };
    if (stopping) {
      // One still starting has nothing to drain: ended by the signal passed on, it did its part.
      const clean = code === 0 || (!listened.has(worker) && signal === stoppedBy);
      if (!clean) failed.push(`worker ${worker.process.pid} exited with ${signal ?? code}`);
      logger.info(how, 'worker stopped');
      if (live().length === 0) {
        if (failed.length > 0) logger.error({ failed }, 'not every worker shut down cleanly');
        finish(failed.length > 0 ? 1 : 0);
      }
      return;
    }
    const delay = backOff();
    logger.error({ ...how, restartInMs: delay }, 'worker exited; starting another');
    const timer = setTimeout(() => {
      pendingForks.delete(timer);
      cluster.fork();
    }, delay);
    pendingForks.add(timer);
  });
  for (let i = 0; i < options.workers; i++) cluster.fork();
  return done;
}

function live(): Worker[] {
  return Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
}

/** Runs `prepare` until it succeeds, retrying only what may pass, with the same back-off. */
async function prepareWithRetries(
  options: SupervisorOptions,
  backOff: () => number,
): Promise<'ready' | 'failed'> {
  for (;;) {
    try {
      await options.prepare();
      options.logger.info('database prepared for the workers');
      return 'ready';
    } catch (error) {
      const reason = options.explain?.(error) ?? null;
      if (!options.retryable(error)) {
        if (reason === null) options.logger.fatal({ err: error }, 'could not prepare the database');
        else console.error(reason);
        return 'failed';
      }
      const delay = backOff();
      // What a person can fix is said as a sentence; anything else keeps its stack.
      const why = reason === null ? { err: error } : { reason };
      options.logger.error({ ...why, retryInMs: delay }, 'database not answering; trying again');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
