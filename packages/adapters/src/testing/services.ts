import { createConnection, type Connection } from 'mysql2/promise';
import { closeSequelize, createSequelize } from '../sequelize/database.js';
import { migrate } from '../sequelize/migrations/index.js';
import { noteSkipped } from './skipped.js';

export const DEFAULT_TEST_MYSQL_URL = 'mysql://root@127.0.0.1:3306/campus_test';

/** A service a suite needs is missing: outside CI the suite skips loudly, in CI it fails. */
export class ServiceMissing extends Error {}

export function warnSkipped(service: string, reason: string): void {
  const line = '!'.repeat(78);
  noteSkipped(service);
  console.warn(
    `\n${line}\n!! ${service} is not reachable (${reason}).\n!! Its suites are SKIPPED. Set CI=true to make this a failure.\n${line}\n`,
  );
}

function inCi(): boolean {
  return process.env.CI === 'true';
}

export interface TestDatabase {
  url: string;
  /** Gives the database back for the next suite (its tables stay until then). */
  drop(): Promise<void>;
}

/** One database of the run: the one TEST_MYSQL_URL names, or an overflow beside it. */
interface Slot {
  name: string;
  busy: boolean;
  /** What the last lease left: migrated and unaltered, or anything else. */
  migrated: boolean;
  /** The tables of the migrated schema, emptied before each lease. */
  tables: string[];
  /** The migrated schema's columns, indexes and foreign keys, to tell whether a test altered it. */
  schema: string;
}

const slots: Slot[] = [];
let reachable: Promise<boolean> | undefined;

/**
 * TEST_MYSQL_URL, default mysql://root@127.0.0.1:3306/campus_test, with TEST_MYSQL_SUFFIX added
 * to the database's name (each package's .mocharc sets its own) and the mocha worker's number in
 * parallel mode, so suites that `npm test` runs at the same time never share a database.
 */
export function testMysqlUrl(): URL {
  const url = new URL(process.env.TEST_MYSQL_URL ?? DEFAULT_TEST_MYSQL_URL);
  if (url.pathname.length <= 1) url.pathname = '/campus_test';
  url.pathname += process.env.TEST_MYSQL_SUFFIX ?? '';
  // Mocha's parallel mode: each worker process has databases of its own.
  if (process.env.MOCHA_WORKER_ID) url.pathname += `_w${process.env.MOCHA_WORKER_ID}`;
  return url;
}

function urlOf(name: string): string {
  const url = testMysqlUrl();
  url.pathname = `/${name}`;
  return url.toString();
}

function connect(database?: string): Promise<Connection> {
  const base = testMysqlUrl();
  return createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username),
    password: decodeURIComponent(base.password),
    database,
    multipleStatements: true,
    connectTimeout: 3_000,
  });
}

/** Whether MySQL answers; outside CI a loud warning (once) when not, in CI a ServiceMissing. */
async function probe(): Promise<boolean> {
  const base = testMysqlUrl();
  try {
    const admin = await connect();
    await admin.end();
    return true;
  } catch (error) {
    if (inCi()) throw new ServiceMissing(`MySQL at ${base.host} is required in CI: ${String(error)}`);
    warnSkipped(`MySQL at ${base.host}`, String((error as Error).message ?? error));
    return false;
  }
}

/**
 * A free database of the run: the one TEST_MYSQL_URL names (created if missing) unless a suite
 * holds it, then one beside it named `<name>_<n>`, kept for the rest of the run.
 */
async function lease(): Promise<Slot | null> {
  if (!(await mysqlAvailable())) return null;
  let slot = slots.find((s) => !s.busy);
  if (!slot) {
    const primary = testMysqlUrl().pathname.slice(1);
    slot = {
      name: slots.length === 0 ? primary : `${primary}_${slots.length + 1}`,
      busy: false,
      migrated: false,
      tables: [],
      schema: '',
    };
    slots.push(slot);
    const admin = await connect();
    try {
      await admin.query(
        `CREATE DATABASE IF NOT EXISTS \`${slot.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
      );
    } finally {
      await admin.end();
    }
  }
  slot.busy = true;
  return slot;
}

function release(slot: Slot, kept: 'migrated' | 'altered' | 'empty'): TestDatabase {
  return {
    url: urlOf(slot.name),
    async drop() {
      try {
        if (kept === 'altered') {
          const conn = await connect(slot.name);
          try {
            // Undone and done again as it should be: no need to migrate anew.
            slot.migrated = (await schemaOf(conn)) === slot.schema;
          } finally {
            await conn.end();
          }
        } else {
          slot.migrated = kept === 'migrated';
        }
      } finally {
        slot.busy = false;
      }
    },
  };
}

/** Columns, indexes and foreign keys of the connection's database, as one comparable string. */
async function schemaOf(conn: Connection): Promise<string> {
  const parts = await Promise.all(
    [
      `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLLATION_NAME
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
      `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
      `SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE, REFERENCED_TABLE_NAME
         FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY TABLE_NAME, CONSTRAINT_NAME`,
    ].map(async (sql) => (await conn.query(sql))[0]),
  );
  return JSON.stringify(parts);
}

async function tablesOf(conn: Connection): Promise<string[]> {
  const [rows] = await conn.query(
    'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
  );
  return (rows as { name: string }[]).map((r) => r.name);
}

async function dropTables(conn: Connection): Promise<void> {
  const tables = await tablesOf(conn);
  if (tables.length === 0) return;
  const list = tables.map((t) => `\`${t}\``).join(', ');
  await conn.query(`SET FOREIGN_KEY_CHECKS = 0; DROP TABLE IF EXISTS ${list}; SET FOREIGN_KEY_CHECKS = 1`);
}

/** Whether MySQL answers (outside CI a loud warning when not; in CI a ServiceMissing). */
export async function mysqlAvailable(): Promise<boolean> {
  reachable ??= probe();
  return reachable;
}

/**
 * A MySQL database without tables, for tests of migrations themselves: the database
 * TEST_MYSQL_URL names, its tables dropped, so the next lease migrates it anew. Null (after a
 * loud warning) when MySQL is unreachable outside CI; throws in CI.
 */
export async function emptyMysqlDatabase(): Promise<TestDatabase | null> {
  const slot = await lease();
  if (!slot) return null;
  try {
    const conn = await connect(slot.name);
    try {
      await dropTables(conn);
    } finally {
      await conn.end();
    }
  } catch (error) {
    slot.busy = false;
    slot.migrated = false;
    throw error;
  }
  return release(slot, 'empty');
}

export interface MigratedDatabaseOptions {
  /** The test changes the schema (undoes a migration): the next lease migrates anew unless it was put back. */
  altersSchema?: boolean;
}

/**
 * A migrated MySQL database whose tables are all empty: the one TEST_MYSQL_URL names, migrated
 * once per run and emptied row by row before each lease, far cheaper than a new database. Null
 * (after a loud warning) when MySQL is unreachable outside CI; throws in CI.
 */
export async function mysqlTestDatabase(options: MigratedDatabaseOptions = {}): Promise<TestDatabase | null> {
  const slot = await lease();
  if (!slot) return null;
  try {
    const conn = await connect(slot.name);
    try {
      if (!slot.migrated) {
        await dropTables(conn);
        const sequelize = createSequelize(urlOf(slot.name));
        try {
          await migrate(sequelize);
        } finally {
          await closeSequelize(sequelize);
        }
        slot.tables = (await tablesOf(conn)).filter((t) => t !== 'schema_migrations');
        slot.schema = await schemaOf(conn);
      } else if (slot.tables.length > 0) {
        const deletes = slot.tables.map((t) => `DELETE FROM \`${t}\`;`).join(' ');
        await conn.query(`SET FOREIGN_KEY_CHECKS = 0; ${deletes} SET FOREIGN_KEY_CHECKS = 1`);
      }
    } finally {
      await conn.end();
    }
  } catch (error) {
    slot.busy = false;
    slot.migrated = false;
    throw error;
  }
  return release(slot, options.altersSchema ? 'altered' : 'migrated');
}
