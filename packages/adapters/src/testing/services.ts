import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

export const DEFAULT_TEST_MYSQL_URL = 'mysql://root@127.0.0.1:3306/test';

/** A service a suite needs is missing: outside CI the suite skips loudly, in CI it fails. */
export class ServiceMissing extends Error {}

export function warnSkipped(service: string, reason: string): void {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! ${service} is not reachable (${reason}).\n!! Its suites are SKIPPED. Set CI=true to make this a failure.\n${line}\n`,
  );
}

function inCi(): boolean {
  return process.env.CI === 'true';
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty MySQL database for one suite, named uniquely, made on the server of
 * TEST_MYSQL_URL. Returns null (after a loud warning) when MySQL is unreachable outside CI;
 * throws in CI.
 */
export async function mysqlTestDatabase(): Promise<TestDatabase | null> {
  const base = new URL(process.env.TEST_MYSQL_URL ?? DEFAULT_TEST_MYSQL_URL);
  const name = `campus_t_${randomBytes(6).toString('hex')}`;
  let admin;
  try {
    admin = await createConnection({
      host: base.hostname,
      port: Number(base.port || 3306),
      user: decodeURIComponent(base.username),
      password: decodeURIComponent(base.password),
      connectTimeout: 3_000,
    });
  } catch (error) {
    if (inCi()) throw new ServiceMissing(`MySQL at ${base.host} is required in CI: ${String(error)}`);
    warnSkipped(`MySQL at ${base.host}`, String((error as Error).message ?? error));
    return null;
  }
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await admin.end();
  }
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const conn = await createConnection({
        host: base.hostname,
        port: Number(base.port || 3306),
        user: decodeURIComponent(base.username),
        password: decodeURIComponent(base.password),
      });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}
