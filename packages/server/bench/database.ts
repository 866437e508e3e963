import { SequelizeAdapters } from '@campus/adapters/sequelize';
import { createConnection } from 'mysql2/promise';
import { v7 } from 'uuid';
import { BUSY_POST_TITLE, seed, type Scale, type Seeded } from './seed.js';

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

/** Every n-th post of the big board, newest to oldest, for about 20,000 of them. */
export async function spreadPostIds(scale: Scale, seeded: Seeded): Promise<string[]> {
  const db = await createConnection({ uri: benchDatabase(scale).toString() });
  try {
    const step = Math.max(1, Math.floor(scale.bigBoardPosts / 20_000));
    const [rows] = (await db.query(
      `SELECT id FROM (
         SELECT id, ROW_NUMBER() OVER (ORDER BY created_at DESC, id DESC) AS n
         FROM posts WHERE board_id = ? AND deleted_at IS NULL AND hidden_at IS NULL
       ) ranked WHERE n % ? = 0`,
      [seeded.bigBoardId, step],
    )) as unknown as [{ id: string }[]];
    return rows.map((r) => r.id);
  } finally {
    await db.end();
  }
}

const BUSY_BOARD = 'Busy (bench)';

/**
 * A board of the seed's school for the posts a scenario writes and reads while commenting on them
 * ("post detail, commented meanwhile"), made on first use. Posts that runs before it existed left
 * on the big board are moved there and renamed, so the big board's first page and the school-wide
 * search for "bench" find the seeded posts again.
 */
export async function busyBoardId(scale: Scale, seeded: Seeded): Promise<string> {
  const db = await createConnection({ uri: benchDatabase(scale).toString() });
  try {
    await db.query(
      "INSERT IGNORE INTO boards (id, school_id, name, description, created_at) VALUES (?, ?, ?, '', NOW(3))",
      [v7(), seeded.schoolId, BUSY_BOARD],
    );
    const [rows] = (await db.query('SELECT id FROM boards WHERE school_id = ? AND name = ?', [
      seeded.schoolId,
      BUSY_BOARD,
    ])) as unknown as [{ id: string }[]];
    const id = rows[0]!.id;
    await db.query(
      "UPDATE posts SET board_id = ?, title = ? WHERE board_id = ? AND title = 'bench: a busy post'",
      [id, BUSY_POST_TITLE, seeded.bigBoardId],
    );
    return id;
  } finally {
    await db.end();
  }
}
