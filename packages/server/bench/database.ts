import { SequelizeAdapters } from '@campus/adapters';
import { createConnection } from 'mysql2/promise';
import { seed, type Scale, type Seeded } from './seed.js';

/** The MySQL server the benchmarks seed and read: `BENCH_MYSQL_URL`, else the test server. */
export const mysqlBase =
  process.env.BENCH_MYSQL_URL ?? process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

/** The database of a scale's seed on that server, `campus_bench_<scale>`. */
export function benchDatabase(scale: Scale): URL {
  const url = new URL(mysqlBase);
  url.pathname = `/campus_bench_${scale.name}`;
  return url;
}

/** Creates and migrates the scale's database, then seeds it (or reuses the seed already there). */
export async function prepare(scale: Scale): Promise<Seeded> {
  const db = benchDatabase(scale);
  const admin = await createConnection({ uri: mysqlBase });
  await admin.query(
    `CREATE DATABASE IF NOT EXISTS \`${db.pathname.slice(1)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
  );
  await admin.end();
  const adapters = await SequelizeAdapters.open(db.toString());
  await adapters.close();
  return seed(db.toString(), scale);
}
