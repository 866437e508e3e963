/**
 * `npm run bench -- --scale small|large [--duration 10] [--connections 50] [--seed-only]`
 *
 * Seeds MySQL (reused when already there), then measures the server as users load it: one
 * process with board views read from MySQL, then cached in process, then on Redis, and a cluster
 * of two on Redis, against the bare Koa + @koa/router ceiling read before the first configuration
 * and after each one (and at the end at the size of the largest responses). Prints one table, with
 * the CPU time per request of the server, of MariaDB and Redis when they run on this machine, and
 * of the load generator, and writes it as JSON to bench-results/.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { encodeCursor } from '../src/http/pagination.js';
import { benchDatabase, busyBoardId, mysqlBase, prepare, spreadPostIds } from './database.js';
import { describeMachine, readMachine } from './machine.js';
import { BENCH_PASSWORD, SCALES, type Scale, type Seeded } from './seed.js';
import {
  BENCH_LOGINS,
  measure,
  READERS,
  ScenarioUnavailable,
  startAt,
  type BenchTargets,
  type Measured,
  type Scenario,
} from './scenarios.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'seed-only': { type: 'boolean', default: false },
  },
});
const scale: Scale = SCALES[values.scale as Scale['name']] ?? SCALES.small;
const duration = Number(values.duration);
const connections = Number(values.connections);
const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const benchDb = benchDatabase(scale);

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited early (${url})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The process and its direct children (the workers of a cluster). */
function processTree(pid: number): number[] {
  const pids = [pid];
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    pids.push(...children);
  } catch {
    // no children file: one process
  }
  return pids;
}

function rssMb(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      const line = readFileSync(`/proc/${p}/status`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('VmRSS:'));
      kb += Number(line?.split(/\s+/)[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024);
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * CPU time (user and system, in ms) used so far by a process and its workers. Divided by the
 * requests answered, it is what a request costs the server, steadier on a shared machine than
 * req/s, which also depends on what the load generator and the neighbours get.
 */
function cpuMs(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
    } catch {
      // gone
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The processes named `names` on this machine, when `url` points at this machine. */
function localServices(url: string, names: string[]): number[] {
  if (!LOCAL_HOSTS.has(new URL(url).hostname)) return [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return []; // no /proc: not Linux, and no CPU figures for the services
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (names.includes(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) found.push(Number(entry));
    } catch {
      // gone
    }
  }
  return found;
}

/**
 * The services the server talks to, when they run on this machine: everything on it shares the
 * same cores, so what a request costs them is as much part of its price as the server's own CPU.
 */
const services = [
  ...localServices(mysqlBase, ['mariadbd', 'mysqld']),
  ...localServices(redisUrl, ['redis-server']),
];

/** A measurement with what it cost the server, the local services and the load generator. */
type Timed = Measured & {
  cpuUsPerRequest: number;
  /** MariaDB's and Redis's CPU per request, when they run here (null otherwise). */
  servicesCpuUsPerRequest: number | null;
  /** autocannon's (this process's) CPU per request. */
  loadCpuUsPerRequest: number;
};

const sumCpuMs = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs `run` and adds the CPU time per answered request of the server and of the rest. */
async function withCpu(pid: number, run: () => Promise<Measured>): Promise<Timed> {
  const before = [cpuMs(pid), sumCpuMs(services), ownCpuMs()] as const;
  const result = await run();
  const after = [cpuMs(pid), sumCpuMs(services), ownCpuMs()] as const;
  const perRequest = (ms: number) => (result.requests > 0 ? (ms * 1000) / result.requests : 0);
  return {
    ...result,
    cpuUsPerRequest: perRequest(after[0] - before[0]),
    servicesCpuUsPerRequest: services.length > 0 ? perRequest(after[1] - before[1]) : null,
    loadCpuUsPerRequest: perRequest(after[2] - before[2]),
  };
}

async function questions(): Promise<number> {
  const db = await createConnection({ uri: mysqlBase });
  const [rows] = (await db.query("SHOW GLOBAL STATUS LIKE 'Questions'")) as unknown as [{ Value: string }[]];
  await db.end();
  return Number(rows[0]?.Value ?? 0);
}

let likesBefore = 0;
let likeRowsBefore = 0;
let likesAnswered = 0;
/**
 * Writes must leave exact counters: the likes counted on the posts since the run began equal the
 * like rows stored since, and the likes answered 200. (A request still in flight when a run's
 * clock stops is stored but not counted by autocannon: at most the connection count per run.)
 */
async function checkLikes(seeded: Seeded, runs: Measured[]): Promise<void> {
  likesAnswered += runs.reduce((sum, r) => sum + r.requests - r.non2xx, 0);
  const db = await createConnection({ uri: benchDb.toString() });
  // One statement, so both numbers come from one snapshot while late requests still commit.
  const [rows] = (await db.query(
    `SELECT (SELECT COALESCE(SUM(like_count), 0) FROM posts WHERE id IN (?)) AS counted,
            (SELECT COUNT(*) FROM post_likes WHERE post_id IN (?)) AS stored`,
    [seeded.likePostIds, seeded.likePostIds],
  )) as unknown as [{ counted: string; stored: string }[]];
  await db.end();
  const counted = Number(rows[0]?.counted ?? 0) - likesBefore;
  const added = Number(rows[0]?.stored ?? 0) - likeRowsBefore;
  console.log(
    `  likes on the posts: ${counted} counted, ${added} stored, ${likesAnswered} answered 200${counted === added ? '' : ' (COUNTERS DIFFER FROM THE ROWS)'}`,
  );
}

/** Cursors (as the API encodes them) into the big board at 1%, 10%, 50% and 90% of its depth. */
async function boardCursors(seeded: Seeded): Promise<string[]> {
  const db = await createConnection({ uri: benchDb.toString(), timezone: 'Z' });
  const cursors: string[] = [];
  for (const share of [0.01, 0.1, 0.5, 0.9]) {
    const [rows] = (await db.query(
      'SELECT created_at AS at, id FROM posts WHERE board_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?',
      [seeded.bigBoardId, Math.floor(scale.bigBoardPosts * share)],
    )) as unknown as [{ at: Date; id: string }[]];
    const row = rows[0];
    if (row) cursors.push(encodeCursor({ value: row.at.getTime(), id: row.id }));
  }
  await db.end();
  return cursors;
}

/** The bare Koa server answering `path` (see ceiling.ts). */
async function ceiling(path = '/hello', name = 'ceiling: Koa hello JSON'): Promise<Timed> {
  const port = await freePort();
  const child = fork(fileURLToPath(new URL('./ceiling.ts', import.meta.url)), {
    env: { ...process.env, PORT: String(port) },
    execArgv: ['--import', 'tsx'],
  });
  await waitFor(`http://127.0.0.1:${port}/hello`, child);
  try {
    return await withCpu(child.pid!, () =>
      measure(
        `http://127.0.0.1:${port}`,
        { name, requests: [{ method: 'GET', path }] },
        { duration, connections },
      ),
    );
  } finally {
    child.kill('SIGTERM');
  }
}

interface Row extends Timed {
  config: string;
  ratio: number;
  statementsPerRequest: number | null;
  rssMb: number;
}

// Extra options for the server's Node, e.g. `--cpu-prof --cpu-prof-dir=prof` to profile a scenario.
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
// Another build's CLI (`<checkout>/packages/server/dist/cli.js`), to measure two versions on one seed.
const serverCli = process.env.BENCH_SERVER_CLI ?? `${ROOT}/packages/server/dist/cli.js`;

async function runConfig(
  label: string,
  env: Record<string, string>,
  workers: number,
  seeded: BenchTargets,
  scenarios: (s: BenchTargets, tokens: string[]) => Scenario[],
): Promise<Row[]> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, serverCli, 'serve', '--workers', String(workers)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: benchDb.toString(),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      LOG_LEVEL: 'warn',
      LOGIN_MAX_FAILURES: '1000000',
      LOGIN_MAX_PER_CLIENT: '1000000',
      // The seed's members have no verified school address.
      REQUIRE_VERIFICATION: 'off',
      // Throughput, not the limits of one member: the bench's users write as fast as they can
      // (and the blocked reader's scenario makes 100 blocks through the API before it is measured).
      POST_INTERVAL: '0s',
      COMMENT_INTERVAL: '0s',
      MESSAGE_INTERVAL: '0s',
      WRITE_BURST: '0',
      ...env,
    },
    stdio: [
      'ignore',
      openSync(`${ROOT}/bench-results/server-${label.replace(/\W+/g, '-')}.log`, 'w'),
      'inherit',
    ],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/health`, child);
    const tokens: string[] = [];
    for (const username of seeded.usernames.slice(0, BENCH_LOGINS)) {
      const res = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: BENCH_PASSWORD }),
      });
      tokens.push(((await res.json()) as { accessToken: string }).accessToken);
    }
    // A live server has taken writes before any read: a few comments, so that reads are measured
    // on a process that has run units of work (several, to reach every worker of a cluster).
    for (const [i, token] of tokens.slice(0, 4 * workers).entries()) {
      const res = await fetch(`${base}/api/v1/posts/${seeded.likePostIds[i]}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ content: 'bench: a write before the reads' }),
      });
      if (res.status !== 201) throw new Error(`warm-up comment answered ${res.status}`);
    }
    const rows: Row[] = [];
    for (const scenario of scenarios(seeded, tokens)) {
      try {
        await scenario.prepare?.(base);
      } catch (error) {
        if (!(error instanceof ScenarioUnavailable)) throw error;
        console.log(
          `  ${label.padEnd(22)} ${scenario.name.padEnd(28)} skipped: ${error.message} in this build`,
        );
        continue;
      }
      const warm = await measure(base, scenario, { duration: Math.min(2, duration), connections });
      const before = await questions();
      const result = await withCpu(child.pid!, () => measure(base, scenario, { duration, connections }));
      const after = await questions();
      if (scenario.name === 'like (write)') await checkLikes(seeded, [warm, result]);
      rows.push({
        ...result,
        config: label,
        ratio: 0, // set against the ceiling readings around this configuration
        statementsPerRequest: result.requests > 0 ? (after - before) / result.requests : null,
        rssMb: rssMb(child.pid!),
      });
      const codes = Object.entries(result.statusCodes)
        .map(([code, count]) => `${code}×${count}`)
        .join(' ');
      console.log(
        `  ${label.padEnd(22)} ${scenario.name.padEnd(28)} ${Math.round(result.rps)} req/s  ${Math.round(result.cpuUsPerRequest)} µs CPU/req (services ${result.servicesCpuUsPerRequest === null ? '-' : Math.round(result.servicesCpuUsPerRequest)}, load ${Math.round(result.loadCpuUsPerRequest)})  ${codes}`,
      );
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const { readScenarios, writeScenarios } = await import('./scenarios.js');
mkdirSync(`${ROOT}/bench-results`, { recursive: true });
console.log(`campus bench: scale ${scale.name}, ${duration}s per scenario, ${connections} connections`);
const stored = await prepare(scale);
if (values['seed-only']) {
  console.log(`The ${scale.name} seed is in ${benchDb.pathname.slice(1)}.`);
  process.exit(0);
}
const seeded: BenchTargets = {
  ...stored,
  boardCursors: await boardCursors(stored),
  spreadPostIds: await spreadPostIds(scale, stored),
  busyBoardId: await busyBoardId(scale, stored),
};
{
  const db = await createConnection({ uri: benchDb.toString() });
  const [rows] = (await db.query('SELECT COALESCE(SUM(like_count), 0) AS n FROM posts WHERE id IN (?)', [
    seeded.likePostIds,
  ])) as unknown as [{ n: string }[]];
  likesBefore = Number(rows[0]?.n ?? 0);
  // Earlier runs on this seed used the first (user, post) pairs, one like each (plus at most one
  // in flight per connection): start past them, so no like is refused as ALREADY_LIKED.
  const [liked] = (await db.query('SELECT COUNT(*) AS n FROM post_likes WHERE post_id IN (?)', [
    seeded.likePostIds,
  ])) as unknown as [{ n: string }[]];
  const earlier = Number(liked[0]?.n ?? 0);
  likeRowsBefore = earlier;
  startAt('like (write)', earlier > 0 ? earlier + connections : 0);
  // The readers block no one. Blocks outlive the run that made them, and the blocked-reader
  // scenario once blocked as the first reader, hiding posts that other scenarios read.
  await db
    .query('DELETE b FROM blocks b JOIN users u ON u.id = b.blocker_id WHERE u.username IN (?)', [
      seeded.usernames.slice(0, READERS),
    ])
    .catch((error: { code?: string }) => {
      if (error.code !== 'ER_NO_SUCH_TABLE') throw error;
    });
  await db.end();
}
// BENCH_ONLY: the scenarios whose names contain one of these comma-separated parts.
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const pick = (list: Scenario[]) => (only ? list.filter((sc) => only.some((o) => sc.name.includes(o))) : list);
const all = (s: BenchTargets, t: string[]) => pick([...readScenarios(s, t), ...writeScenarios(s, t)]);
const reads = (s: BenchTargets, t: string[]) => pick(readScenarios(s, t));
const configs: { label: string; env: Record<string, string>; workers: number; scenarios: typeof all }[] = [
  { label: '1 process, views from MySQL', env: { CACHE_BOARD_VIEWS: 'off' }, workers: 1, scenarios: reads },
  { label: '1 process, no Redis', env: {}, workers: 1, scenarios: all },
  { label: '1 process, Redis', env: { REDIS_URL: redisUrl }, workers: 1, scenarios: all },
  { label: '2 workers, Redis', env: { REDIS_URL: redisUrl }, workers: 2, scenarios: reads },
];

// BENCH_CONFIGS: the configurations whose labels contain one of these parts, separated by `|`
// (the labels hold commas).
const onlyConfigs = process.env.BENCH_CONFIGS?.split('|').filter(Boolean);
const chosen = configs.filter((c) => !onlyConfigs || onlyConfigs.some((part) => c.label.includes(part)));

/*
 * On a shared machine the ceiling moves by a fifth or more within one run, so it is read before
 * the first configuration and after each one, and every configuration's ratios are taken against
 * the mean of the two readings around it.
 */
const bareRow = (m: Timed): Row => ({
  ...m,
  config: 'bare Koa',
  ratio: 0,
  statementsPerRequest: 0,
  rssMb: 0,
});
let previous = await ceiling();
console.log(`  ceiling ${Math.round(previous.rps)} req/s`);
const readings = [previous];
const rows: Row[] = [bareRow(previous)];
for (const config of chosen) {
  if (config.scenarios(seeded, []).length === 0) continue;
  const measured = await runConfig(config.label, config.env, config.workers, seeded, config.scenarios);
  const next = await ceiling('/hello', `ceiling: Koa hello JSON, after "${config.label}"`);
  const reference = (previous.rps + next.rps) / 2;
  console.log(`  ceiling ${Math.round(next.rps)} req/s; ratios above against ${Math.round(reference)}`);
  for (const row of measured) row.ratio = row.rps / reference;
  rows.push(...measured, bareRow(next));
  readings.push(next);
  previous = next;
}
const meanCeiling = readings.reduce((sum, r) => sum + r.rps, 0) / readings.length;
for (const row of rows) if (row.config === 'bare Koa') row.ratio = row.rps / meanCeiling;
const last = previous;

// The same ceiling for responses as large as the biggest cached reads: what this machine can send
// at that size, whatever a server does to produce the bytes.
const HELLO_BODY = '{"hello":"world"}'.length;
const sized: string[] = [];
for (const name of ['post detail (50 comments)', 'board page']) {
  const row = rows.find((r) => r.config === '1 process, no Redis' && r.name === name);
  if (!row) continue;
  const body = row.bytesPerResponse - (last.bytesPerResponse - HELLO_BODY);
  const kb = (body / 1000).toFixed(1);
  const bound = await ceiling(`/bytes/${body}`, `ceiling: Koa, ${kb} kB of JSON (${name})`);
  rows.push({
    ...bound,
    config: 'bare Koa',
    ratio: bound.rps / meanCeiling,
    statementsPerRequest: 0,
    rssMb: 0,
  });
  for (const r of rows.filter((x) => x.name === name && x.config !== 'bare Koa'))
    sized.push(`  ${r.config}, ${name}: ${((100 * r.rps) / bound.rps).toFixed(1)}% of the same-size ceiling`);
}

const machine = { ...readMachine(), scale: scale.name, duration, connections };
console.log(`\n${describeMachine(machine)}; scale ${scale.name}\n`);
console.log(
  '| config | scenario | req/s | × ceiling | p50 ms | p99 ms | errors | non-2xx | SQL/req | CPU µs/req | DB+Redis µs/req | load µs/req | RSS MB | bytes/resp |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.config} | ${r.name} | ${Math.round(r.rps)} | ${(r.ratio * 100).toFixed(1)}% | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.statementsPerRequest === null ? '-' : r.statementsPerRequest.toFixed(2)} | ${Math.round(r.cpuUsPerRequest)} | ${r.servicesCpuUsPerRequest === null ? '-' : Math.round(r.servicesCpuUsPerRequest)} | ${Math.round(r.loadCpuUsPerRequest)} | ${r.rssMb} | ${r.bytesPerResponse} |`,
  );
}
if (sized.length > 0) console.log(`\n${sized.join('\n')}`);

/*
 * What the machine allows: the server, the load generator and the services that run here share its
 * cores, so a scenario cannot answer faster than the cores divided by what one request costs them
 * all together.
 */
const bounds = rows
  .filter((r) => r.config !== 'bare Koa' && r.rps > 0)
  .map((r) => {
    const cpuUsPerRequest = r.cpuUsPerRequest + (r.servicesCpuUsPerRequest ?? 0) + r.loadCpuUsPerRequest;
    const rps = (machine.cores * 1e6) / cpuUsPerRequest;
    return {
      config: r.config,
      name: r.name,
      cpuUsPerRequest,
      rps,
      ratio: (r.ratio * rps) / r.rps,
      reached: r.rps / rps,
    };
  });
if (bounds.length > 0) {
  console.log(`\nWhat ${machine.cores} cores allow (the CPU of a request, all processes together):`);
  for (const b of bounds)
    console.log(
      `  ${b.config}, ${b.name}: ${Math.round(b.cpuUsPerRequest)} µs, at most ${Math.round(b.rps)} req/s (${(100 * b.ratio).toFixed(1)}% of the ceiling); reached ${Math.round(100 * b.reached)}%`,
    );
}
const file = `${ROOT}/bench-results/bench-${scale.name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ machine, rows, sized, bounds }, null, 2));
console.log(`\nwritten to ${relative(ROOT, file)}`);
