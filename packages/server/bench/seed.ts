import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { SingleBar, Presets } from 'cli-progress';
import { createConnection, type Connection } from 'mysql2/promise';
import { v7 } from 'uuid';
import { Nickname } from '@campus/domain';

export interface Scale {
  name: 'small' | 'large';
  users: number;
  posts: number;
  /** Posts of the one big board; the rest spread over the other boards. */
  bigBoardPosts: number;
  comments: number;
  courses: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  small: {
    name: 'small',
    users: 2_000,
    posts: 20_000,
    bigBoardPosts: 10_000,
    comments: 60_000,
    courses: 200,
  },
  large: {
    name: 'large',
    users: 100_000,
    posts: 1_000_000,
    bigBoardPosts: 200_000,
    comments: 5_000_000,
    courses: 2_000,
  },
};

export const BENCH_PASSWORD = 'bench-password-1';

/** The title of the posts the busy-post scenario writes: not matched by the search for `bench`. */
export const BUSY_POST_TITLE = 'A busy post';

export interface Seeded {
  schoolId: string;
  bigBoardId: string;
  /** A post with exactly 50 comments, for the post detail scenario. */
  detailPostId: string;
  usernames: string[];
  /** Posts of the big board not written by the first 100 users (who hold the bench tokens). */
  likePostIds: string[];
}

const BATCH = 2_000;
const time = (ms: number) => new Date(ms).toISOString().slice(0, 23).replace('T', ' ');

async function insert(db: Connection, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const marks = `(${columns.map(() => '?').join(',')})`;
  await db.query(
    `INSERT INTO ${table} (${columns.join(',')}) VALUES ${rows.map(() => marks).join(',')}`,
    rows.flat(),
  );
}

/**
 * Fills a migrated database with bulk inserts (the use cases would take hours at this size):
 * users with one shared bcrypt hash, boards, posts with counters already right, comments,
 * courses. A marker row makes a second run reuse the seed.
 */
export async function seed(url: string, scale: Scale): Promise<Seeded> {
  const db = await createConnection({ uri: url, multipleStatements: false });
  try {
    await db.query(
      'CREATE TABLE IF NOT EXISTS bench_seed (scale VARCHAR(10) PRIMARY KEY, info LONGTEXT NOT NULL)',
    );
    const [found] = (await db.query('SELECT info FROM bench_seed WHERE scale = ?', [
      scale.name,
    ])) as unknown as [{ info: string }[]];
    if (found[0]) {
      console.log(`Reusing the ${scale.name} seed already in the database.`);
      const seeded = JSON.parse(found[0].info) as Seeded;
      await restoreDetailPost(db, seeded.detailPostId);
      // Seeds made before the detail post was left out of the writes still list it.
      return { ...seeded, likePostIds: seeded.likePostIds.filter((id) => id !== seeded.detailPostId) };
    }
    const seeded = await fill(db, scale);
    await db.query('INSERT INTO bench_seed (scale, info) VALUES (?, ?)', [
      scale.name,
      JSON.stringify(seeded),
    ]);
    return seeded;
  } finally {
    await db.end();
  }
}

/** Takes off the detail post any comment a write scenario left there, so it has its 50 again. */
async function restoreDetailPost(db: Connection, postId: string): Promise<void> {
  await db.query("DELETE FROM comments WHERE post_id = ? AND content LIKE 'bench %'", [postId]);
  await db.query(
    `UPDATE posts SET comment_count =
       (SELECT COUNT(*) FROM comments WHERE post_id = ? AND deleted_at IS NULL AND hidden_at IS NULL)
     WHERE id = ?`,
    [postId, postId],
  );
}

async function fill(db: Connection, scale: Scale): Promise<Seeded> {
  const start = Date.parse('2026-03-02T00:00:00Z');
  const bar = new SingleBar(
    // Piped to a file or a CI log, a line every 10 s instead of a bar redrawn in place.
    {
      format: ' seeding {bar} {percentage}% | {step} {value}/{total}',
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  const schoolId = v7();
  const departmentId = v7();
  await db.query('INSERT INTO schools (id, name) VALUES (?, ?)', [
    schoolId,
    `Bench U ${randomBytes(3).toString('hex')}`,
  ]);
  await db.query('INSERT INTO departments (id, school_id, name) VALUES (?, ?, ?)', [
    departmentId,
    schoolId,
    'Bench',
  ]);
  const hash = await bcrypt.hash(BENCH_PASSWORD, 4);
  const tag = randomBytes(2).toString('hex');
  const userIds: string[] = [];
  const usernames: string[] = [];
  bar.start(scale.users, 0, { step: 'users' });
  for (let i = 0; i < scale.users; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(i + BATCH, scale.users); j++) {
      const id = v7();
      const username = `b${tag}_${j}`;
      userIds.push(id);
      usernames.push(username);
      rows.push([
        id,
        username,
        `${username}@bench.invalid`,
        `벤치${tag}${j}`,
        Nickname.key(`벤치${tag}${j}`),
        'user',
        schoolId,
        departmentId,
        hash,
        time(start),
      ]);
    }
    await insert(
      db,
      'users',
      [
        'id',
        'username',
        'email',
        'nickname',
        'nickname_key',
        'role',
        'school_id',
        'department_id',
        'password_hash',
        'joined_at',
      ],
      rows,
    );
    bar.update(Math.min(i + BATCH, scale.users));
  }
  bar.stop();
  const boards = [v7(), v7(), v7(), v7()];
  await insert(
    db,
    'boards',
    ['id', 'school_id', 'name', 'description', 'created_at'],
    boards.map((id, i) => [id, schoolId, `Board ${i}`, '', time(start)]),
  );

  const postIds: string[] = [];
  bar.start(scale.posts, 0, { step: 'posts' });
  for (let i = 0; i < scale.posts; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(i + BATCH, scale.posts); j++) {
      const id = v7();
      postIds.push(id);
      const board = j < scale.bigBoardPosts ? boards[0]! : boards[1 + (j % 3)]!;
      const likes = j % 97 === 0 ? 120 : j % 13;
      const hot = likes >= 10 ? time(start + j * 1000) : null;
      rows.push([
        id,
        board,
        schoolId,
        userIds[j % userIds.length],
        `제목 ${j} bench post`,
        `본문 ${j} `.repeat(20),
        j % 2,
        j % 5 === 0 ? 1 : 0,
        likes,
        0,
        0,
        0,
        0,
        hot,
        time(start + j * 1000),
        time(start + j * 1000),
      ]);
    }
    await insert(
      db,
      'posts',
      [
        'id',
        'board_id',
        'school_id',
        'author_id',
        'title',
        'content',
        'is_anonymous',
        'is_question',
        'like_count',
        'comment_count',
        'scrap_count',
        'report_count',
        'anonymous_sequence',
        'hot_at',
        'created_at',
        'updated_at',
      ],
      rows,
    );
    bar.update(Math.min(i + BATCH, scale.posts));
  }
  bar.stop();

  // The newest post of the big board gets 50 comments of its own; the rest spread over the posts,
  // comment j on post j mod (posts - 1), which gives it its share too (55 in all at large scale). They are sent post by post, the order MySQL keeps them in
  // (by post, then time), so each batch appends instead of touching pages all over the table.
  const detailPostId = postIds[scale.bigBoardPosts - 1]!;
  const spread = postIds.length - 1;
  const order = function* (): Generator<number> {
    for (let j = 0; j < Math.min(50, scale.comments); j++) yield j;
    for (let p = 0; p < spread; p++) for (let j = p; j < scale.comments; j += spread) if (j >= 50) yield j;
  };
  const comments = order();
  bar.start(scale.comments, 0, { step: 'comments' });
  for (let i = 0; i < scale.comments; i += BATCH) {
    const rows = [];
    for (let k = i; k < Math.min(i + BATCH, scale.comments); k++) {
      const j = comments.next().value as number;
      const postId = j < 50 ? detailPostId : postIds[j % spread]!;
      rows.push([
        v7(),
        postId,
        null,
        userIds[(j * 7) % userIds.length],
        `댓글 ${j}`,
        0,
        null,
        j % 3,
        0,
        time(start + j),
        time(start + j),
      ]);
    }
    await insert(
      db,
      'comments',
      [
        'id',
        'post_id',
        'parent_id',
        'author_id',
        'content',
        'is_anonymous',
        'anonymous_number',
        'like_count',
        'report_count',
        'created_at',
        'updated_at',
      ],
      rows,
    );
    bar.update(Math.min(i + BATCH, scale.comments));
  }
  bar.stop();
  console.log(' counting comments onto posts…');
  await db.query(
    `UPDATE posts p JOIN (SELECT post_id, COUNT(*) AS n FROM comments GROUP BY post_id) c ON c.post_id = p.id SET p.comment_count = c.n WHERE p.school_id = ?`,
    [schoolId],
  );
  const courses = [];
  for (let i = 0; i < scale.courses; i++) {
    courses.push([
      v7(),
      schoolId,
      '2026-1',
      `BEN${i}`,
      `Course ${i} 자료구조`,
      `Professor ${i % 50}`,
      3,
      JSON.stringify([{ day: 'MON', start: '09:00', end: '10:00' }]),
      0,
      0,
      time(start + i),
    ]);
  }
  for (let i = 0; i < courses.length; i += BATCH) {
    await insert(
      db,
      'courses',
      [
        'id',
        'school_id',
        'semester',
        'code',
        'name',
        'professor',
        'credits',
        'times',
        'rating_sum',
        'review_count',
        'created_at',
      ],
      courses.slice(i, i + BATCH),
    );
  }
  // Posts for the write scenarios: none by the users whose tokens write, and not the detail post.
  const likePostIds = postIds
    .slice(0, scale.bigBoardPosts - 1)
    .filter((_, j) => j % userIds.length >= 100)
    .slice(-5_000);
  return { schoolId, bigBoardId: boards[0]!, detailPostId, usernames: usernames.slice(0, 500), likePostIds };
}
