import type { Server } from 'node:http';
import { redisTestPrefix } from '@campus/adapters/testing';
import type { Clock, Mailer } from '@campus/domain';
import supertest from 'supertest';
import { loadConfig } from '../../src/config/config.js';
import { buildServer, type CampusServer } from '../../src/server.js';

export const ADMIN = { username: 'admin', password: 'admin-password-1' };

export interface TestApp {
  http: ReturnType<typeof supertest.agent>;
  server: CampusServer;
  /** Where it listens, for clients other than supertest (browsers, fetch). */
  url: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Replaces the system clock, for tests that move time (token and session lifetimes). */
  clock?: Clock;
  /** Replaces the outbox, for tests that read the mails or hold them up. */
  mailer?: Mailer;
}

/** Starts the whole server (composition root included) on the given storage, on a random port. */
export async function startTestApp(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    // Never the production prefix: keys of the app's own, deleted at the end of the run.
    REDIS_KEY_PREFIX: redisTestPrefix(),
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256!',
    BCRYPT_ROUNDS: '4',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    // Tests write in quick succession: no write limits unless a test asks for them.
    POST_INTERVAL: '0s',
    COMMENT_INTERVAL: '0s',
    MESSAGE_INTERVAL: '0s',
    WRITE_BURST: '0',
    // Test accounts are seconds old: their reports count unless a test asks for an age.
    REPORT_MIN_ACCOUNT_AGE: '0s',
    ...env,
  });
  const server = await buildServer(config, undefined, options);
  const listening: Server = server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => listening.once('listening', resolve));
  const { port } = listening.address() as { port: number };
  return {
    http: supertest.agent(listening),
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => server.close(),
  };
}
