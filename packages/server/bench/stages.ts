/**
 * `npm run bench:stages -- --scale small|large [--calls 20000] [--db-calls 2000]`
 *
 * Times the parts of a read inside one process, with no HTTP in between: authentication, the use
 * case (views from the in-process cache) and the presenter, for a post detail (for readers who
 * wrote none of its comments and for readers who wrote one) and for a board page; then reads that
 * go to MySQL (one at a time, `--db-calls` of them a round): the post detail with board views off,
 * and a post opened for the first time (another one each call, as in "post detail, across the
 * board"), with views off and through the in-process cache, which there misses every time. What a
 * request costs beyond the sum is Koa, Node's HTTP and the kernel; `npm run bench` measures that
 * whole. Uses the seed of `npm run bench` (made first if missing).
 */
import { parseArgs } from 'node:util';
import type { CommentDto, DeepReadonly, GetPost, PostDto } from '@campus/application';
import type { Actor } from '@campus/domain';
import { compose } from '../src/composition/container.js';
import { loadConfig } from '../src/config/config.js';
import { pageRequest, presentPage } from '../src/http/pagination.js';
import { createLogger } from '../src/logger.js';
import { presentPost, presentSummary } from '../src/presenters/board.presenter.js';
import { benchDatabase, prepare, spreadPostIds } from './database.js';
import { describeMachine } from './machine.js';
import { BENCH_PASSWORD, SCALES, type Scale } from './seed.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    calls: { type: 'string', default: '20000' },
    'db-calls': { type: 'string', default: '2000' },
  },
});
const scale: Scale = SCALES[values.scale as Scale['name']] ?? SCALES.small;
const ROUNDS = 3;

/** CPU µs per call of `work`, in each of three rounds after a warm-up of a tenth as many calls. */
async function time(work: (i: number) => unknown, calls: number): Promise<number[]> {
  for (let i = 0; i < calls / 10; i++) await work(i);
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const before = process.cpuUsage();
    for (let i = 0; i < calls; i++) await work(i);
    const used = process.cpuUsage(before);
    rounds.push((used.user + used.system) / calls);
  }
  return rounds;
}

const calls = Number(values.calls);
const dbCalls = Number(values['db-calls']);
console.log(
  `campus bench stages: scale ${scale.name}, ${calls} calls a round (${dbCalls} for reads from MySQL), ${ROUNDS} rounds`,
);
const seeded = await prepare(scale);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: benchDatabase(scale).toString(),
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
  LOG_LEVEL: 'warn',
  LOGIN_MAX_FAILURES: '1000000',
  LOGIN_MAX_PER_CLIENT: '1000000',
};
delete env.REDIS_URL; // the in-process cache: what is timed here is the process's own work
delete env.CACHE_BOARD_VIEWS;
const { useCases, storage } = await compose(loadConfig(env), createLogger('warn'));
// As `npm run bench`'s first configuration: sessions, users and boards cached, board views read from MySQL.
const fromMysql = await compose(loadConfig({ ...env, CACHE_BOARD_VIEWS: 'off' }), createLogger('warn'));
try {
  const logIn = useCases.identity.logIn;
  const authenticate = useCases.identity.authenticate;
  const getPost = useCases.board.getPost;
  const listBoardPosts = useCases.board.listBoardPosts;
  const tokens: string[] = [];
  for (const username of seeded.usernames.slice(0, 100)) {
    tokens.push((await logIn.execute({ username, password: BENCH_PASSWORD })).accessToken);
  }
  const actors: Actor[] = [];
  for (const accessToken of tokens) actors.push((await authenticate.execute({ accessToken })).actor);

  const read = (actor: Actor) => getPost.execute({ actor, postId: seeded.detailPostId });
  await read(actors[0]!); // fills the cache, so every reader below reads the views from it
  const posts = await Promise.all(actors.map(read));
  // A reader who wrote one of the comments sees some marked as theirs; the others see none.
  const isMine = (comment: DeepReadonly<CommentDto>): boolean =>
    comment.isMine || (comment.replies ?? []).some(isMine);
  const wroteNone = (post: PostDto) => !post.comments.some(isMine);
  const bystanders = actors.filter((_, i) => wroteNone(posts[i]!));
  const commenters = actors.filter((_, i) => !wroteNone(posts[i]!));
  const shared = posts.filter(wroteNone);
  const boardPage = (actor: Actor) =>
    listBoardPosts.execute({
      actor,
      boardId: seeded.bigBoardId,
      q: undefined,
      isQuestion: undefined,
      page: pageRequest({ limit: 20 }),
    });
  await boardPage(actors[0]!); // fills the cache, as for the post
  const page = await boardPage(actors[0]!);

  const stages: [string, (i: number) => unknown][] = [
    [
      'authenticate (token, session, user)',
      (i) => authenticate.execute({ accessToken: tokens[i % tokens.length]! }),
    ],
  ];
  if (bystanders.length > 0) {
    stages.push(
      ['post detail: views and tree, no comment of theirs', (i) => read(bystanders[i % bystanders.length]!)],
      ['post detail: present, no comment of theirs', (i) => presentPost(shared[i % shared.length]!)],
    );
  }
  if (commenters.length > 0) {
    const own = posts.filter((post) => !wroteNone(post));
    stages.push(
      ['post detail: views and tree, a commenter', (i) => read(commenters[i % commenters.length]!)],
      ['post detail: present, a commenter', (i) => presentPost(own[i % own.length]!)],
    );
  }
  stages.push(
    ['board page: first page from the cache', (i) => boardPage(actors[i % actors.length]!)],
    ['board page: present', () => presentPage(page, presentSummary)],
  );

  // Reads that go to the database. Posts opened once each: the in-process cache keeps 2,000 views
  // (three a post), far fewer than the posts cycled through, so every one of its reads misses.
  const getPostFromMysql = fromMysql.useCases.board.getPost;
  const readFromMysql = (actor: Actor) => getPostFromMysql.execute({ actor, postId: seeded.detailPostId });
  const fresh = await readFromMysql(bystanders[0] ?? actors[0]!);
  const spread = await spreadPostIds(scale, seeded);
  const open = (use: GetPost, i: number) =>
    use.execute({ actor: actors[i % actors.length]!, postId: spread[i % spread.length]! }).then(presentPost);
  const dbStages: [string, (i: number) => unknown][] = [
    ['post detail from MySQL: read, views off', (i) => readFromMysql(actors[i % actors.length]!)],
    ['post detail from MySQL: present', () => presentPost(fresh)],
    ['a post opened once: read and present, views off', (i) => open(getPostFromMysql, i)],
    // Half the list on: posts of their own, whose rows the stage before has not brought into memory.
    [
      'a post opened once: read and present, in-process cache (a miss)',
      (i) => open(getPost, i + Math.floor(spread.length / 2)),
    ],
  ];

  console.log(
    `${bystanders.length} of ${actors.length} readers wrote none of the post's comments; ${commenters.length} wrote one of its comments\n`,
  );
  console.log('| stage | CPU µs per call, each round |\n| --- | ---: |');
  for (const [list, n] of [
    [stages, calls],
    [dbStages, dbCalls],
  ] as const) {
    for (const [name, work] of list) {
      const rounds = await time(work, n);
      console.log(`| ${name} | ${rounds.map((us) => us.toFixed(1)).join(', ')} |`);
    }
  }
  console.log(`\n${describeMachine()}; scale ${scale.name}`);
} finally {
  await storage.close();
  await fromMysql.storage.close();
}
