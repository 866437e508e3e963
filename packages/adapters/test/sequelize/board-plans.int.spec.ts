import { expect } from 'chai';
import type { Board, Post, School, User } from '@campus/domain';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { BoardWorld, StatementCounter } from '../../src/testing/index.js';
import { at } from '../../src/testing/board/board-fixtures.js';
import { portsOf } from './board-ports.js';
import { explainReads, type PlanRow } from './query-plans.js';
import { SQL_TARGETS } from './sql-targets.js';

/**
 * The hot reads follow an index on MySQL: each statement they send is EXPLAINed on a few hundred
 * posts (enough for the optimizer to prefer an index to a scan) and must read the board's tables
 * through a key, without a filesort. "Posts commented by" is the one list that sorts: its posts
 * come from the user's comments, so it sorts those posts, never the board's.
 */
describe('board reads use their indexes (mysql EXPLAIN)', function () {
  this.timeout(60_000);
  const target = SQL_TARGETS.find((t) => t.name === 'mysql')!;
  const counter = new StatementCounter();
  let adapters: SequelizeAdapters;
  let dispose: (() => Promise<void>) | undefined;
  let school: School, board: Board, author: User, fan: User, post: Post;

  before(async function () {
    const opened = await target.open({ onQuery: counter.onQuery });
    if (!opened) return this.skip();
    ({ adapters, dispose } = opened);
    const world = new BoardWorld(portsOf(adapters));
    school = await world.school();
    const other = await world.board(school.id, 'Other');
    board = await world.board(school.id, 'Free');
    [author, fan] = [await world.user('Author', school.id), await world.user('Fan', school.id)];
    for (let i = 0; i < 400; i++) {
      const created = await world.post(i % 2 ? board : other, author, { isAnonymous: i % 3 === 0 }, at(i));
      // Comments spread over many posts, as in use: one post's comments are a small part of the table.
      await world.comment(created, i % 7 ? author : fan, {}, null, at(i));
      if (i % 20 === 0) {
        await adapters.postLikes.add(created.id, fan.id, at(i));
        await adapters.scraps.add(created.id, fan.id, at(i));
        await adapters.posts.markHot(created.id, at(i));
      }
      post = created;
    }
    for (let i = 0; i < 30; i++) await world.comment(post, i % 2 ? fan : author, {}, null, at(500 + i));
    await adapters.sequelize.query('ANALYZE TABLE posts, comments, post_likes, post_scraps, users, boards');
  });
  after(async () => {
    await dispose?.();
  });

  async function plansOf(read: () => Promise<unknown>): Promise<PlanRow[]> {
    return (await explainReads(adapters.sequelize, counter, read)).rows;
  }

  function expectIndexed(rows: PlanRow[], { sorts = false } = {}): void {
    const read = rows.filter((r) => r.table !== null && !r.table.startsWith('<'));
    expect(read, 'no table read').to.not.be.empty;
    for (const row of read) {
      expect(row.type, `${row.table} scanned: ${JSON.stringify(row)}`).to.not.equal('ALL');
      expect(row.key, `${row.table} without a key: ${JSON.stringify(row)}`).to.not.equal(null);
    }
    if (!sorts) expect(rows.map((r) => r.Extra ?? '').join(' ')).to.not.include('filesort');
  }

  const first = { limit: 20, after: null };
  const deep = () => ({ limit: 20, after: { value: at(200).getTime(), id: post.id } });

  it("reads a post detail (post with viewer flags, then comments) by primary keys, the comments as the post's range of theirs", async () => {
    const rows = await plansOf(async () => {
      await adapters.postQueries.findPost(post.id, fan.id);
      await adapters.postQueries.listComments(post.id);
    });
    expectIndexed(rows);
    const comments = rows.find((r) => r.table === 'c');
    expect(comments).to.include({ key: 'PRIMARY', type: 'ref' });
  });

  it('reads a post for a commenter, with the number they hold, by primary keys', async () => {
    await adapters.aliases.numberFor(post.id, fan.id);
    const rows = await plansOf(() => adapters.posts.findForCommenter(post.id, fan.id));
    expectIndexed(rows);
    expect(rows.map((r) => [r.table, r.key])).to.deep.equal([
      ['p', 'PRIMARY'],
      ['a', 'PRIMARY'],
    ]);
  });

  it('reads the first and a deep board page in posts_board_page order', async () => {
    for (const page of [first, deep()]) {
      const rows = await plansOf(() =>
        adapters.postQueries.listBoardPosts({ boardId: board.id, includeHidden: false }, page),
      );
      expectIndexed(rows);
      expect(rows.find((r) => r.table === 'p')?.key).to.equal('posts_board_page');
    }
  });

  it('reads HOT, BEST, search, my posts and my scraps in index order', async () => {
    const school$ = { schoolId: school.id, includeHidden: false };
    const q = adapters.postQueries;
    const expected: [() => Promise<unknown>, string, string][] = [
      [() => q.listHotPosts(school$, first), 'p', 'posts_school_hot'],
      [
        () => q.listBestPosts({ ...school$, from: at(0), to: at(1000), minLikeCount: 1 }, first),
        'p',
        'posts_school_best',
      ],
      [() => q.searchSchoolPosts({ ...school$, q: 'title' }, deep()), 'p', 'posts_school_created'],
      [() => q.listPostsByAuthor({ userId: author.id, includeHidden: false }, deep()), 'p', 'posts_author'],
      [() => q.listPostsScrappedBy({ userId: fan.id, includeHidden: false }, first), 's', 'post_scraps_user'],
    ];
    for (const [read, table, key] of expected) {
      const rows = await plansOf(read);
      expectIndexed(rows);
      expect(rows.find((r) => r.table === table)?.key).to.equal(key);
    }
  });

  it('reads the posts a user commented on through comments_author_post (sorting only those)', async () => {
    const rows = await plansOf(() =>
      adapters.postQueries.listPostsCommentedBy({ userId: fan.id, includeHidden: false }, first),
    );
    expectIndexed(rows, { sorts: true });
    expect(rows.find((r) => r.table === 'c')?.key).to.equal('comments_author_post');
  });
});
