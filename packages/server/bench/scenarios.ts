import autocannon from 'autocannon';
import { BUSY_POST_TITLE, type Seeded } from './seed.js';

/** A scenario the server under test cannot serve (another build, without the feature). */
export class ScenarioUnavailable extends Error {}

export interface ScenarioRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface Scenario {
  name: string;
  /** One request, or a function giving the n-th request (distinct users, tokens, targets). */
  requests: ScenarioRequest[] | ((n: number) => ScenarioRequest);
  /** Run once against each server before the scenario's warm-up, e.g. to write what it reads. */
  prepare?: (base: string) => Promise<void>;
}

export interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  /** Bytes read per response, headers included. */
  bytesPerResponse: number;
  /** Responses by status code, to tell what the non-2xx were. */
  statusCodes: Record<string, number>;
}

/** Request numbers go on across runs, so writes never repeat a (user, target) pair. */
const counters = new Map<string, number>();

/** Starts a scenario's request numbers at `n`: a reused seed keeps the likes of earlier runs. */
export function startAt(name: string, n: number): void {
  counters.set(name, n);
}

export async function measure(
  base: string,
  scenario: Scenario,
  options: { duration: number; connections: number },
): Promise<Measured> {
  let n = counters.get(scenario.name) ?? 0;
  const make = scenario.requests;
  const requests =
    typeof make === 'function'
      ? [{ setupRequest: (req: object) => ({ ...req, ...toRequest(make(n++)) }) }]
      : make.map((r) => toRequest(r));
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.duration,
    requests,
  });
  counters.set(scenario.name, n);
  return {
    name: scenario.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    bytesPerResponse:
      result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0]),
    ),
  };
}

function toRequest(r: ScenarioRequest) {
  return {
    method: r.method,
    path: r.path,
    ...(r.body ? { body: r.body } : {}),
    headers: { 'content-type': 'application/json', ...(r.headers ?? {}) },
  };
}

/**
 * The tokens the harness hands the scenarios: the first `READERS` are the members who read and write
 * in every scenario, taken in turn; the two after them are the blocked-reader scenario's own (its
 * blocks must not change what the others read).
 */
export const READERS = 100;
export const BENCH_LOGINS = READERS + 2;

const auth = (tokens: string[], n: number) => ({ authorization: `Bearer ${tokens[n % READERS]}` });

/** The seed, with cursors into the big board at several depths (found after seeding). */
export interface BenchTargets extends Seeded {
  boardCursors: string[];
  /** Posts spread over the big board's whole depth: the long tail that readers open. */
  spreadPostIds: string[];
  /** A board of its own for the posts the busy-post scenario writes, away from the big board. */
  busyBoardId: string;
}

export function readScenarios(s: BenchTargets, tokens: string[]): Scenario[] {
  return [
    {
      name: 'board page',
      requests: (n) => ({
        method: 'GET',
        path: `/api/v1/boards/${s.bigBoardId}/posts`,
        headers: auth(tokens, n),
      }),
    },
    ...blockedReader(s, tokens),
    // Later pages are never cached: a keyset query on MySQL at 1% to 90% of the board's depth.
    {
      name: 'board page, deeper (keyset)',
      requests: (n) => ({
        method: 'GET',
        path: `/api/v1/boards/${s.bigBoardId}/posts?cursor=${s.boardCursors[n % s.boardCursors.length]}`,
        headers: auth(tokens, n),
      }),
    },
    {
      name: 'post detail (50 comments)',
      requests: (n) => ({ method: 'GET', path: `/api/v1/posts/${s.detailPostId}`, headers: auth(tokens, n) }),
    },
    // Readers open many posts, most of them read by nobody else lately: each request here opens
    // another post of the big board (a stride through them), its rows seldom in MySQL's buffer
    // pool and its views seldom in a cache.
    {
      name: 'post detail, across the board',
      requests: (n) => ({
        method: 'GET',
        path: `/api/v1/posts/${s.spreadPostIds[(n * 7_919) % s.spreadPostIds.length]}`,
        headers: auth(tokens, n),
      }),
    },
    busyPosts(s, tokens),
    {
      name: 'HOT list',
      requests: (n) => ({
        method: 'GET',
        path: `/api/v1/schools/${s.schoolId}/hot`,
        headers: auth(tokens, n),
      }),
    },
    {
      name: 'school-wide search',
      requests: (n) => ({
        method: 'GET',
        path: `/api/v1/schools/${s.schoolId}/posts?q=bench`,
        headers: auth(tokens, n),
      }),
    },
    {
      name: 'course search',
      requests: (n) => ({
        method: 'GET',
        path: `/api/v1/schools/${s.schoolId}/courses?semester=2026-1&q=${encodeURIComponent('자료')}`,
        headers: auth(tokens, n),
      }),
    },
  ];
}

/**
 * Five new posts for each server, on a board of their own (the big board's first page and the
 * school-wide search stay as seeded), read by every connection while one request in fifty comments
 * on one of them: each comment retires the post's views for all its readers at once, who then miss
 * together. The threads grow from none to some 100 comments each over the scenario.
 */
function busyPosts(s: BenchTargets, tokens: string[]): Scenario {
  const busy: string[] = [];
  return {
    name: 'post detail, commented meanwhile',
    async prepare(base) {
      busy.length = 0;
      for (const token of tokens.slice(0, 5)) {
        const res = await fetch(`${base}/api/v1/boards/${s.busyBoardId}/posts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            title: BUSY_POST_TITLE,
            content: 'Read by everyone, commented on meanwhile.',
          }),
        });
        if (res.status !== 201) throw new Error(`busy post answered ${res.status}`);
        busy.push(((await res.json()) as { id: string }).id);
      }
    },
    requests: (n) =>
      n % 50 === 0
        ? {
            method: 'POST',
            path: `/api/v1/posts/${busy[(n / 50) % busy.length]}/comments`,
            headers: auth(tokens, n),
            body: JSON.stringify({ content: `bench ${n}` }),
          }
        : { method: 'GET', path: `/api/v1/posts/${busy[n % busy.length]}`, headers: auth(tokens, n) },
  };
}

export function writeScenarios(s: BenchTargets, tokens: string[]): Scenario[] {
  const posts = s.likePostIds;
  return [
    // Each request a fresh (user, post) pair: one like per user and post, never on one's own.
    {
      name: 'like (write)',
      requests: (n) => ({
        method: 'POST',
        path: `/api/v1/posts/${posts[n % posts.length]}/like`,
        headers: auth(tokens, Math.floor(n / posts.length)),
      }),
    },
    // Spread over many posts (a comment locks its post's row), and never on the detail post.
    {
      name: 'comment (write)',
      requests: (n) => ({
        method: 'POST',
        path: `/api/v1/posts/${posts[(n * 7) % posts.length]}/comments`,
        headers: auth(tokens, n),
        body: JSON.stringify({ content: `bench ${n}` }),
      }),
    },
    {
      name: 'login',
      requests: (n) => ({
        method: 'POST',
        path: '/api/v1/auth/login',
        body: JSON.stringify({ username: s.usernames[n % s.usernames.length], password: 'bench-password-1' }),
      }),
    },
  ];
}

/**
 * The cached first page of the big board read by one member, then by another member who has made
 * 100 blocks: 95 members by username, and the authors of the first 5 posts on that page (as others
 * read it), so their page is shorter than everyone else's. Both are members of their own, outside
 * the readers of the other scenarios (whose posts and comments they might otherwise hide). Blocks are applied per viewer on top of the shared page, so
 * the two should be within a few percent of each other (the blocker's targets are one more cache
 * entry in the same lookup). The blocks are made through the API in `prepare`, so the cache learns
 * of them as it would in use; a block already there from an earlier configuration answers 409.
 */
function blockedReader(s: BenchTargets, tokens: string[]): Scenario[] {
  const page = `/api/v1/boards/${s.bigBoardId}/posts`;
  const as = (token: string | undefined) => ({ authorization: `Bearer ${token}` });
  return [
    {
      name: 'board page, one member',
      requests: () => ({ method: 'GET', path: page, headers: as(tokens[READERS]) }),
    },
    {
      name: 'board page, one member, 100 blocks',
      async prepare(base) {
        const first = (await (await fetch(`${base}${page}`, { headers: as(tokens[READERS]) })).json()) as {
          items: { id: string }[];
        };
        const blocks = [
          ...s.usernames
            .slice(BENCH_LOGINS, BENCH_LOGINS + 95)
            .map((username) => `/api/v1/users/${username}/block`),
          ...first.items.slice(0, 5).map((post) => `/api/v1/posts/${post.id}/block-author`),
        ];
        for (const path of blocks) {
          const res = await fetch(`${base}${path}`, { method: 'POST', headers: as(tokens[READERS + 1]) });
          if (res.status === 404 && path === blocks[0]) throw new ScenarioUnavailable('no blocks');
          if (res.status !== 201 && res.status !== 409) throw new Error(`block answered ${res.status}`);
        }
      },
      requests: () => ({ method: 'GET', path: page, headers: as(tokens[READERS + 1]) }),
    },
  ];
}
