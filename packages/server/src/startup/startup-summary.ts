import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { demoLogin } from '../seed/demo-seed.js';
import type { StartupFacts } from '../server.js';

/** Where a person reaches a server listening on `host`: every interface is reachable as localhost. */
export function reachableUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** The storage DATABASE_URL names, for a person: never a password. */
export function describeStorage(databaseUrl: string): string {
  if (databaseUrl === 'memory')
    return "this process's memory (DATABASE_URL=memory: everything is gone at exit)";
  if (databaseUrl === 'sqlite::memory:') return 'SQLite in memory (everything is gone at exit)';
  if (databaseUrl.startsWith('sqlite:')) return `SQLite, ${resolve(databaseUrl.slice('sqlite:'.length))}`;
  const url = new URL(databaseUrl);
  const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
  return `MySQL, ${user}${url.hostname}:${url.port || 3306}/${decodeURIComponent(url.pathname.slice(1))}`;
}

/** The cache REDIS_URL names, for a person: never a password. */
export function describeCache(config: Pick<Config, 'redisUrl' | 'redisKeyPrefix'>): string {
  if (!config.redisUrl) return "this process's memory (set REDIS_URL to share it between instances)";
  const url = new URL(config.redisUrl);
  return `Redis, ${url.hostname}:${url.port || 6379}, keys under ${config.redisKeyPrefix}`;
}

export interface Summary {
  url: string;
  docs: string;
  storage: string;
  cache: string;
  metrics: string;
  /** What to do next, when it needs saying (no school yet, or the demo's login). */
  next: string[];
}

/**
 * What a start says: where the server listens, where its docs are, which storage and cache it
 * uses, where the metrics are, and, while no school exists (nobody can sign up), the one command
 * that makes the demo community or an admin.
 */
export function summarize(config: Config, port: number, facts: StartupFacts, metricsPort?: number): Summary {
  const url = reachableUrl(config.host, port);
  const next: string[] = [];
  if (facts.demo) {
    next.push(
      `Demo community ${facts.demo.school}${facts.demo.seeded ? ' made' : ''}: ${demoLogin(facts.demo)}.`,
    );
  } else if (facts.schools === 0) {
    next.push(
      'No school exists yet, so nobody can sign up. For the demo community (a school with members, posts, courses and timetables), stop the server and start it with `npm run demo` (or `campus serve --demo`), then log in as kim_minjun, password campus-demo-1234.',
      "For a community of your own, make an admin: `CAMPUS_ADMIN_PASSWORD='a long password' npm run campus -- create-admin --username admin`, log in as admin and create a school with POST /api/v1/schools (see the docs).",
    );
  }
  return {
    url,
    docs: `${url}/docs`,
    storage: describeStorage(config.databaseUrl),
    cache: describeCache(config),
    metrics: !config.metrics
      ? 'off (METRICS=on to serve GET /metrics)'
      : metricsPort === undefined
        ? `${url}/metrics`
        : `${reachableUrl(config.host, metricsPort)}/metrics (METRICS_PORT; not on the public port)`,
    next,
  };
}

/** The summary as plain lines, for a person at a terminal. */
export function summaryLines(summary: Summary, applied: readonly string[]): string[] {
  return [
    `campus is listening on ${summary.url}`,
    `  API docs  ${summary.docs}   (the API is under ${summary.url}/api/v1)`,
    `  storage   ${summary.storage}${applied.length ? `; applied migrations ${applied.join(', ')}` : ''}`,
    `  cache     ${summary.cache}`,
    `  metrics   ${summary.metrics}`,
    ...summary.next.map((line) => `\n${line}`),
    '',
  ];
}

/**
 * Says where the server is and what to do next: plain lines when the logs are for a person, else
 * the usual JSON record (`campus is listening`, which tools wait for) carrying the same facts,
 * then each next step as a record whose message is the sentence (a warning while no school exists).
 */
export function announce(
  logger: Logger,
  listening: { port: number; host: string; database: string },
  summary: Summary,
  facts: StartupFacts,
  readable: boolean,
): void {
  if (readable) {
    process.stdout.write(summaryLines(summary, facts.applied).join('\n') + '\n');
    return;
  }
  const { next, ...where } = summary;
  logger.info(
    { ...listening, ...where, migrations: facts.applied, schools: facts.schools, pid: process.pid },
    'campus is listening',
  );
  // The demo's login is news; no school at all is something to act on.
  for (const line of next) {
    if (facts.demo) logger.info(line);
    else logger.warn(line);
  }
}
