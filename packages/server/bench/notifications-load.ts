/**
 * `npm run bench:notifications-load -- [--streams 1000] [--rate 200] [--seconds 20] [--duration 10]`
 *
 * Notification streams under load, measured from outside as production runs them (`campus serve`
 * twice, MySQL and Redis shared):
 * 1. The board page and a post detail (50 comments) read on instance A by autocannon (50
 *    connections, `--duration` s after 2 s of warm-up): req/s, p99, and A's CPU per request (from
 *    /proc), with and without `--streams` streams open on EACH instance (one member each on A and
 *    B, so twice that in all), alternated over `--rounds` rounds (without then with, then with
 *    then without, ...) since a shared machine drifts; the medians are compared.
 * 2. With the streams open, `--rate` comments a second written on B for `--seconds` s, on the
 *    posts of the members with streams: the time from each comment's 201 (as the client gets it)
 *    to its event on A, p50 and p99 (matched by the comment id the event names), also counted
 *    from the request's sending; and what reached B's streams.
 * Uses a database of its own on the benchmark MySQL server (dropped at the end) and a key prefix
 * of its own on Redis. Prints the machine's details and its load average at each step.
 */
import { randomBytes } from 'node:crypto';
import { request, type IncomingMessage } from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { mysqlBase } from './database.js';
import { API, call, percentile, startInstance, stopInstances, usage, type Instance } from './instances.js';
import { describeMachine } from './machine.js';
import { measure, type Scenario } from './scenarios.js';

const { values } = parseArgs({
  options: {
    streams: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const STREAMS = Number(values.streams);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = 50;
const run = randomBytes(3).toString('hex');
const database = new URL(mysqlBase);
database.pathname = `/campus_bench_notifications_load_${run}`;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const log = (line: string) => console.log(`${line}  [load ${load()}]`);

/** Runs `work` with this many at a time. */
async function inParallel<T>(count: number, width: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await work(i);
      }
    }),
  );
  return out;
}

/** Opens a stream; `onComment` is told of the comment id each notification event names. */
function openStream(
  at: Instance,
  token: string,
  onComment: (commentId: string) => void,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(`${at.url}${API}/notifications/stream`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      agent: false,
    });
    req.once('response', (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream: ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!data) continue;
          const commentId = (JSON.parse(data) as { target?: { commentId?: string } }).target?.commentId;
          if (commentId) onComment(commentId);
        }
      });
      resolve(res);
    });
    req.once('error', reject);
    req.end();
  });
}

interface ReadFigures {
  rps: number;
  p99: number;
  cpuUsPerRequest: number;
  non2xx: number;
  errors: number;
}

/** One read scenario on A: warm-up, then the measured run with A's CPU over it. */
async function read(a: Instance, scenario: Scenario): Promise<ReadFigures> {
  await measure(a.url, scenario, { duration: 2, connections: CONNECTIONS });
  const before = usage(a.child.pid!);
  const m = await measure(a.url, scenario, { duration: DURATION, connections: CONNECTIONS });
  const after = usage(a.child.pid!);
  return {
    rps: m.rps,
    p99: m.p99,
    cpuUsPerRequest: ((after.cpuMs - before.cpuMs) * 1000) / Math.max(1, m.requests),
    non2xx: m.non2xx,
    errors: m.errors,
  };
}

const show = (label: string, f: ReadFigures) =>
  `${label}: ${f.rps.toFixed(0)} req/s, p99 ${f.p99} ms, A's CPU ${f.cpuUsPerRequest.toFixed(0)} µs/request${f.non2xx || f.errors ? `, ${f.non2xx} non-2xx, ${f.errors} errors` : ''}`;

console.log(
  `campus bench notifications-load: ${STREAMS} streams on each of two instances; ${RATE} comments/s for ${SECONDS} s on B; reads on A (${CONNECTIONS} connections, ${DURATION} s)`,
);
console.log(`machine: ${describeMachine()}`);
log('start');
const admin = await createConnection({ uri: mysqlBase });
await admin.query(
  `CREATE DATABASE \`${database.pathname.slice(1)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
);
const instances: Instance[] = [];
const streams: IncomingMessage[] = [];
try {
  const a = await startInstance(database.toString(), run, 'bench-notifications-load');
  instances.push(a);
  const b = await startInstance(database.toString(), run, 'bench-notifications-load');
  instances.push(b);

  // The community: a board whose members each wrote a post, and one post with 50 comments.
  const root = await call(a, 'POST', '/auth/login', { username: 'admin', password: 'admin-password-1' });
  const school = await call(a, 'POST', '/schools', { name: `Bench ${run}` }, root.accessToken);
  const dept = await call(a, 'POST', `/schools/${school.id}/departments`, { name: 'D' }, root.accessToken);
  const board = await call(a, 'POST', `/schools/${school.id}/boards`, { name: 'Free' }, root.accessToken);
  const members = await inParallel(STREAMS, 8, async (i) => {
    const signedUp = (await call(a, 'POST', '/auth/signup', {
      username: `l${i}_${run}`,
      password: 'correct horse battery',
      email: `l${i}_${run}@example.com`,
      nickname: `load${i}${run}`,
      schoolId: school.id,
      departmentId: dept.id,
    })) as unknown as { accessToken: string };
    const post = await call(
      a,
      'POST',
      `/boards/${board.id}/posts`,
      { title: `post ${i}`, content: 'c'.repeat(200) },
      signedUp.accessToken,
    );
    return { token: signedUp.accessToken, postId: post.id! };
  });
  const tokens = members.map((m) => m.token);
  const writers = members.slice(0, 20).map((m) => m.token);
  const detailPostId = members[0]!.postId;
  for (let i = 0; i < 50; i++)
    await call(
      b,
      'POST',
      `/posts/${detailPostId}/comments`,
      { content: `comment ${i}` },
      writers[1 + (i % 19)],
    );
  log(`seeded: ${STREAMS} members with a post each, a post with 50 comments`);

  const auth = (n: number) => ({ authorization: `Bearer ${tokens[n % tokens.length]}` });
  const scenarios: Scenario[] = [
    {
      name: 'board page',
      requests: (n) => ({ method: 'GET', path: `${API}/boards/${board.id}/posts`, headers: auth(n) }),
    },
    {
      name: 'post detail (50 comments)',
      requests: (n) => ({ method: 'GET', path: `${API}/posts/${detailPostId}`, headers: auth(n) }),
    },
  ];
  const readAll = async (label: string) => {
    const out: ReadFigures[] = [];
    for (const scenario of scenarios) {
      const f = await read(a, scenario);
      log(show(`${scenario.name}, ${label}`, f));
      out.push(f);
    }
    return out;
  };

  const arrivedOnA = new Map<string, number>();
  let arrivedOnB = 0;
  const openAll = async () => {
    for (let i = 0; i < STREAMS; i += 100) {
      const batch = members.slice(i, i + 100);
      streams.push(
        ...(await Promise.all(
          batch.flatMap((m) => [
            openStream(a, m.token, (commentId) => {
              if (!arrivedOnA.has(commentId)) arrivedOnA.set(commentId, performance.now());
            }),
            openStream(b, m.token, () => (arrivedOnB += 1)),
          ]),
        )),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const [ua, ub] = [usage(a.child.pid!), usage(b.child.pid!)];
    log(
      `${streams.length} streams open (${STREAMS} on A, ${STREAMS} on B); RSS A ${(ua.rss / 2 ** 20).toFixed(0)} MiB, B ${(ub.rss / 2 ** 20).toFixed(0)} MiB`,
    );
  };
  const closeAll = async () => {
    for (const s of streams.splice(0)) s.destroy();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  };

  // 1. Reads with and without the streams, alternated.
  const without: ReadFigures[][] = [];
  const withStreams: ReadFigures[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [false, true] : [true, false];
    for (const open of order) {
      if (open && streams.length === 0) await openAll();
      if (!open && streams.length > 0) await closeAll();
      (open ? withStreams : without).push(
        await readAll(open ? `${streams.length} streams open` : 'no streams'),
      );
    }
  }
  if (streams.length === 0) await openAll();

  // 3. Comments on B at a steady rate; each one's event on A.
  const sent = new Map<string, number>();
  const issuedAt = new Map<string, number>();
  let failed = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const total = RATE * SECONDS;
  const [cpuA0, cpuB0] = [usage(a.child.pid!).cpuMs, usage(b.child.pid!).cpuMs];
  const started = performance.now();
  const writes: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    let issued = 0;
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE));
      for (; issued < due; issued++) {
        const target = members[issued % members.length]!;
        // Never a member on their own post: they would not be told.
        const writer = writers[(issued + 1) % writers.length]!;
        const author = issued % members.length;
        const by =
          author < writers.length && writers[author] === writer
            ? writers[(issued + 2) % writers.length]!
            : writer;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const at = performance.now();
        writes.push(
          call(b, 'POST', `/posts/${target.postId}/comments`, { content: `load ${issued}` }, by)
            .then(
              (comment) => {
                sent.set(comment.id!, performance.now());
                issuedAt.set(comment.id!, at);
              },
              () => {
                failed += 1;
              },
            )
            .finally(() => (inFlight -= 1)),
        );
      }
      if (issued >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
  });
  await Promise.all(writes);
  const writeSeconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const [cpuA1, cpuB1] = [usage(a.child.pid!).cpuMs, usage(b.child.pid!).cpuMs];
  const latencies: number[] = [];
  const fromSending: number[] = [];
  let early = 0;
  for (const [commentId, at] of sent) {
    const got = arrivedOnA.get(commentId);
    if (got === undefined) continue;
    if (got < at) early += 1;
    latencies.push(Math.max(0, got - at));
    fromSending.push(got - issuedAt.get(commentId)!);
  }
  latencies.sort((x, y) => x - y);
  fromSending.sort((x, y) => x - y);
  log(
    `comments on B: ${sent.size} of ${total} answered 201 (${failed} failed) in ${writeSeconds.toFixed(1)} s (${(sent.size / writeSeconds).toFixed(0)}/s, at most ${maxInFlight} in flight); CPU per comment A ${((cpuA1 - cpuA0) / Math.max(1, sent.size)).toFixed(2)} ms, B ${((cpuB1 - cpuB0) / Math.max(1, sent.size)).toFixed(2)} ms`,
  );
  log(
    `across instances: ${latencies.length} of ${sent.size} events arrived on A (${early} before the client had the 201), ${arrivedOnB} on B's streams; from the 201 on B to the event on A: p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms; from the request's sending: p50 ${percentile(fromSending, 0.5).toFixed(1)} ms, p99 ${percentile(fromSending, 0.99).toFixed(1)} ms`,
  );

  await closeAll();
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  for (const [i, scenario] of scenarios.entries()) {
    const pick = (runs: ReadFigures[][]) => ({
      rps: median(runs.map((r) => r[i]!.rps)),
      cpu: median(runs.map((r) => r[i]!.cpuUsPerRequest)),
    });
    const [w, base] = [pick(withStreams), pick(without)];
    console.log(
      `${scenario.name}, medians of ${ROUNDS} runs each: with ${STREAMS * 2} streams open ${w.rps.toFixed(0)} req/s and ${w.cpu.toFixed(0)} µs of A's CPU a request, without ${base.rps.toFixed(0)} and ${base.cpu.toFixed(0)}: req/s ${(((w.rps - base.rps) / base.rps) * 100).toFixed(1)}%, CPU per request ${(((w.cpu - base.cpu) / base.cpu) * 100).toFixed(1)}%`,
    );
  }
  log('done');
} finally {
  for (const s of streams) s.destroy();
  await stopInstances(instances);
  await admin.query(`DROP DATABASE IF EXISTS \`${database.pathname.slice(1)}\``);
  await admin.end();
}
