/**
 * `npm run bench:notifications -- [--streams 10000] [--pairs 200] [--comments 400]`
 *
 * Notification streams, measured from outside as production runs them (`campus serve`, MySQL,
 * Redis):
 * 1. One process holding `--streams` open streams: the process's resident memory per stream
 *    (RSS with them open minus RSS before, over their number) and its CPU while they idle for 30 s.
 * 2. Two processes sharing MySQL and Redis, `--pairs` members each with a stream open on A while
 *    `--comments` comments on their posts are written on B: the time from a comment's 201 to its
 *    event on A, p50 and p99.
 * Uses a database of its own on the benchmark MySQL server (dropped at the end) and a key prefix
 * of its own on Redis (`REDIS_URL`, else 127.0.0.1:6379).
 */
import { randomBytes } from 'node:crypto';
import { request, type IncomingMessage } from 'node:http';
import { parseArgs } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { mysqlBase } from './database.js';
import { API, call, percentile, startInstance, usage, type Instance } from './instances.js';
import { describeMachine } from './machine.js';

const { values } = parseArgs({
  options: {
    streams: { type: 'string', default: '10000' },
    pairs: { type: 'string', default: '200' },
    comments: { type: 'string', default: '400' },
  },
});
const STREAMS = Number(values.streams);
const PAIRS = Number(values.pairs);
const COMMENTS = Number(values.comments);
const run = randomBytes(3).toString('hex');
const database = new URL(mysqlBase);
database.pathname = `/campus_bench_notifications_${run}`;

const start = () => startInstance(database.toString(), run, 'bench-notifications');

/** Opens a stream; `onEvent` is told of each event's id as it arrives. */
function openStream(at: Instance, token: string, onEvent: (id: string) => void): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(`${at.url}${API}/notifications/stream`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      agent: false,
    });
    req.once('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        for (const match of chunk.matchAll(/^id: (.+)$/gm)) onEvent(match[1]!);
      });
      resolve(res);
    });
    req.once('error', reject);
    req.end();
  });
}

async function setUp(at: Instance) {
  const admin = await call(at, 'POST', '/auth/login', { username: 'admin', password: 'admin-password-1' });
  const school = await call(at, 'POST', '/schools', { name: `Bench ${run}` }, admin.accessToken);
  const dept = await call(at, 'POST', `/schools/${school.id}/departments`, { name: 'D' }, admin.accessToken);
  const board = await call(at, 'POST', `/schools/${school.id}/boards`, { name: 'Free' }, admin.accessToken);
  let n = 0;
  const member = async () => {
    n += 1;
    const res = (await call(at, 'POST', '/auth/signup', {
      username: `b${n}_${run}`,
      password: 'correct horse battery',
      email: `b${n}_${run}@example.com`,
      nickname: `bench${n}${run}`,
      schoolId: school.id,
      departmentId: dept.id,
    })) as unknown as { accessToken: string };
    return res.accessToken;
  };
  return { boardId: board.id!, member };
}

console.log(
  `campus bench notifications: ${STREAMS} idle streams; ${PAIRS} streams, ${COMMENTS} comments across two instances`,
);
console.log(`machine: ${describeMachine()}`);
const admin = await createConnection({ uri: mysqlBase });
await admin.query(
  `CREATE DATABASE \`${database.pathname.slice(1)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
);
const instances: Instance[] = [];
const streams: IncomingMessage[] = [];
try {
  // 1. Idle streams on one process.
  const a = await start();
  instances.push(a);
  const world = await setUp(a);
  const reader = await world.member();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const before = usage(a.child.pid!);
  for (let i = 0; i < STREAMS; i += 100) {
    const batch = Array.from({ length: Math.min(100, STREAMS - i) }, () =>
      openStream(a, reader, () => undefined),
    );
    streams.push(...(await Promise.all(batch)));
  }
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const open = usage(a.child.pid!);
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  const idle = usage(a.child.pid!);
  const perStream = (open.rss - before.rss) / STREAMS;
  console.log(
    `idle streams: ${STREAMS} open; RSS ${(before.rss / 2 ** 20).toFixed(0)} MiB before, ${(open.rss / 2 ** 20).toFixed(0)} MiB with them: ${(perStream / 1024).toFixed(1)} kB per stream; CPU while idle ${(((idle.cpuMs - open.cpuMs) / 30_000) * 100).toFixed(2)} % of a core`,
  );
  for (const s of streams.splice(0)) s.destroy();

  // 2. Writes on B, streams on A.
  const b = await start();
  instances.push(b);
  const pairs: { token: string; postId: string }[] = [];
  const arrived = new Map<string, number>();
  for (let i = 0; i < PAIRS; i++) {
    const token = await world.member();
    const post = await call(a, 'POST', `/boards/${world.boardId}/posts`, { title: 't', content: 'c' }, token);
    streams.push(await openStream(a, token, (id) => arrived.set(id, performance.now())));
    pairs.push({ token, postId: post.id! });
  }
  const writer = await world.member();
  const sent: { at: number; postId: string }[] = [];
  for (let i = 0; i < COMMENTS; i++) {
    const { postId } = pairs[i % pairs.length]!;
    await call(b, 'POST', `/posts/${postId}/comments`, { content: `c${i}` }, writer);
    sent.push({ at: performance.now(), postId });
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  // Each comment's notification is the newest of its post author's at the time; match by order.
  const latencies: number[] = [];
  const byAuthor = new Map<string, string[]>();
  for (const pair of pairs) {
    const page = await call(a, 'GET', '/notifications?limit=50', undefined, pair.token);
    const ids = (page.items as unknown as { id: string }[]).map((n) => n.id).reverse();
    byAuthor.set(pair.postId, ids);
  }
  const seen = new Map<string, number>();
  for (const { at, postId } of sent) {
    const k = seen.get(postId) ?? 0;
    seen.set(postId, k + 1);
    const id = byAuthor.get(postId)?.[k];
    const got = id ? arrived.get(id) : undefined;
    if (got !== undefined) latencies.push(Math.max(0, got - at));
  }
  latencies.sort((x, y) => x - y);
  console.log(
    `across instances: ${latencies.length} of ${COMMENTS} comment events arrived; from the 201 on B to the event on A: p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
  );
} finally {
  for (const s of streams) s.destroy();
  for (const instance of instances) instance.child.kill('SIGTERM');
  await Promise.all(instances.map((i) => new Promise((resolve) => i.child.once('exit', resolve))));
  await admin.query(`DROP DATABASE IF EXISTS \`${database.pathname.slice(1)}\``);
  await admin.end();
}
