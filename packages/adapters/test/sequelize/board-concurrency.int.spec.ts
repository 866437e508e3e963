import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import type { Post, User } from '@campus/domain';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { BoardWorld } from '../../src/testing/index.js';
import { at, concurrently } from '../../src/testing/board/board-fixtures.js';
import { countStatements } from '../../src/testing/statement-counter.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

/**
 * Races on the real databases, at a scale the per-port contracts do not reach: many transactions
 * on one post row at once (MySQL's pool of 10 makes them queue, SQLite's single writer serialises
 * them). Every counter must equal a recount of its rows afterwards.
 */
for (const target of SQL_TARGETS) {
  describe(`board reactions under concurrency (${target.name})`, function () {
    this.timeout(60_000);
    let adapters: SequelizeAdapters;
    let dispose: (() => Promise<void>) | undefined;
    let world: BoardWorld;
    let crowd: User[];
    let post: Post;

    before(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ adapters, dispose } = opened);
      world = new BoardWorld(portsOf(adapters));
    });
    after(async () => {
      await dispose?.();
    });
    // Nicknames are unique across the database, which every test of this suite shares.
    let round = 0;
    beforeEach(async () => {
      round += 1;
      const school = await world.school();
      const board = await world.board(school.id);
      const author = await world.user(`Author${round}`, school.id);
      crowd = [];
      for (let i = 0; i < 20; i++) crowd.push(await world.user(`Crowd${round}_${i}`, school.id));
      post = await world.post(board, author);
    });

    const codes = (errors: unknown[]) => errors.map((e) => (e as { code?: string }).code ?? String(e));
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

    async function recount(table: string, key: string, id: string): Promise<number> {
      const [row] = await adapters.sequelize.query<{ n: number }>(
        `SELECT COUNT(*) AS n FROM ${table} WHERE ${key} = :id`,
        { replacements: { id }, type: QueryTypes.SELECT },
      );
      return Number(row?.n);
    }
    const stored = async () => (await world.ports.posts.findById(post.id))!.snapshot();

    it('given 8 concurrent likes by one user, then one succeeds with 1, the rest are ALREADY_LIKED', async () => {
      const { values, errors } = await concurrently(
        Array.from({ length: 8 }, () => () => adapters.postLikes.add(post.id, crowd[0]!.id, at(5))),
      );
      expect(values).to.deep.equal([1]);
      expect(codes(errors)).to.deep.equal(Array(7).fill('ALREADY_LIKED'));
      expect((await stored()).likeCount).to.equal(1);
      expect(await recount('post_likes', 'post_id', post.id)).to.equal(1);
    });

    it('given 20 users liking a post at once, then each gets a distinct count and 20 are stored', async () => {
      const { values, errors } = await concurrently(
        crowd.map((u) => () => adapters.postLikes.add(post.id, u.id, at(5))),
      );
      expect(codes(errors)).to.deep.equal([]);
      expect(sorted(values)).to.deep.equal(oneToTwenty);
      expect((await stored()).likeCount).to.equal(20);
      expect(await recount('post_likes', 'post_id', post.id)).to.equal(20);
    });

    it('given 20 users liking a comment at once, then 20 are stored', async () => {
      const comment = await world.comment(post, crowd[0]!);
      const { values, errors } = await concurrently(
        crowd.map((u) => () => adapters.commentLikes.add(comment.id, u.id, at(5))),
      );
      expect(codes(errors)).to.deep.equal([]);
      expect(sorted(values)).to.deep.equal(oneToTwenty);
      expect((await adapters.comments.findById(comment.id))!.likeCount).to.equal(20);
      expect(await recount('comment_likes', 'comment_id', comment.id)).to.equal(20);
    });

    it('given 8 concurrent scraps by one user, then none fails and it counts once', async () => {
      const { values, errors } = await concurrently(
        Array.from({ length: 8 }, () => () => adapters.scraps.add(post.id, crowd[0]!.id, at(5))),
      );
      expect(codes(errors)).to.deep.equal([]);
      expect(values).to.deep.equal(Array(8).fill(1));
      expect((await stored()).scrapCount).to.equal(1);
    });

    it('given 20 users scrapping at once and then unscrapping at once, then 20 and then 0', async () => {
      const added = await concurrently(crowd.map((u) => () => adapters.scraps.add(post.id, u.id, at(5))));
      expect(codes(added.errors)).to.deep.equal([]);
      expect(sorted(added.values)).to.deep.equal(oneToTwenty);
      expect((await stored()).scrapCount).to.equal(20);
      expect(await recount('post_scraps', 'post_id', post.id)).to.equal(20);

      const removed = await concurrently(crowd.map((u) => () => adapters.scraps.remove(post.id, u.id)));
      expect(codes(removed.errors)).to.deep.equal([]);
      expect(sorted(removed.values)).to.deep.equal(oneToTwenty.map((n) => n - 1));
      expect((await stored()).scrapCount).to.equal(0);
      expect(await recount('post_scraps', 'post_id', post.id)).to.equal(0);
    });

    it('given 8 concurrent reports by one user, then one succeeds, the rest are ALREADY_REPORTED', async () => {
      const { values, errors } = await concurrently(
        Array.from({ length: 8 }, () => () => adapters.postReports.add(post.id, crowd[0]!.id, 'spam', at(5))),
      );
      expect(values).to.deep.equal([1]);
      expect(codes(errors)).to.deep.equal(Array(7).fill('ALREADY_REPORTED'));
      expect((await stored()).reportCount).to.equal(1);
    });

    it('given 20 users reporting a post and a comment at once, then 20 reports each are stored', async () => {
      const comment = await world.comment(post, crowd[0]!);
      const { errors } = await concurrently([
        ...crowd.map((u) => () => adapters.postReports.add(post.id, u.id, 'spam', at(5))),
        ...crowd.map((u) => () => adapters.commentReports.add(comment.id, u.id, 'abuse', at(5))),
      ]);
      expect(codes(errors)).to.deep.equal([]);
      expect((await stored()).reportCount).to.equal(20);
      expect(await recount('post_reports', 'post_id', post.id)).to.equal(20);
      expect((await adapters.comments.findById(comment.id))!.snapshot().reportCount).to.equal(20);
      expect(await recount('comment_reports', 'comment_id', comment.id)).to.equal(20);
    });

    it('given 20 users liking, scrapping, reporting and commenting on one post at once, then every counter is exact', async () => {
      const { errors } = await concurrently(
        crowd.flatMap((u) => [
          () => adapters.postLikes.add(post.id, u.id, at(5)),
          () => adapters.scraps.add(post.id, u.id, at(5)),
          () => adapters.postReports.add(post.id, u.id, 'spam', at(5)),
          () => world.comment(post, u).then(() => 0),
        ]),
      );
      expect(codes(errors)).to.deep.equal([]);
      const row = await stored();
      expect([row.likeCount, row.scrapCount, row.reportCount, row.commentCount]).to.deep.equal([
        20, 20, 20, 20,
      ]);
      expect(await recount('comments', 'post_id', post.id)).to.equal(20);
    });

    it('given 20 users and one user 8 times asking for anonymous numbers at once, then 1 to 20, one number per user', async () => {
      const { values, errors } = await concurrently([
        ...crowd.map((u) => () => adapters.aliases.numberFor(post.id, u.id)),
        ...Array.from({ length: 8 }, () => () => adapters.aliases.numberFor(post.id, crowd[0]!.id)),
      ]);
      expect(codes(errors)).to.deep.equal([]);
      const repeats = values.slice(20);
      expect(new Set(repeats).size).to.equal(1);
      expect(sorted(values.slice(0, 20))).to.deep.equal(oneToTwenty);
      expect(repeats[0]).to.equal(values[0]);
      expect((await stored()).anonymousSequence).to.equal(20);
    });

    it('given 20 users each writing an anonymous comment on a different post at once, then all 20 succeed (no gap-lock deadlock)', async () => {
      const board = await world.board(post.schoolId);
      const posts: Post[] = [];
      for (const u of crowd) posts.push(await world.post(board, u));
      const comment = (i: number) => async () => {
        const target = posts[(i + 1) % posts.length]!;
        const writer = crowd[i]!;
        await adapters.unitOfWork.run(async () => {
          const number = await adapters.aliases.numberFor(target.id, writer.id);
          await world.comment(target, writer, { isAnonymous: true, anonymousNumber: number });
        });
      };
      // A deadlock's victim is run again by the unit of work, so it would not show as an error:
      // it shows as a second transaction begun for one unit.
      const statements = countStatements(adapters.sequelize);
      const { statements: sent } = await statements.during(async () => {
        for (let round = 0; round < 3; round++) {
          const { errors } = await concurrently(crowd.map((_, i) => comment(i)));
          expect(codes(errors)).to.deep.equal([]);
          posts.push(posts.shift()!); // the next round writes on other posts, into other gaps
        }
      });
      const begun = sent.filter((sql) => /^Executing \([^)]*\): (START|BEGIN)\b/.test(sql));
      expect(begun).to.have.length(3 * crowd.length);
      for (const p of posts) expect(await recount('comments', 'post_id', p.id)).to.equal(3);
    });
  });
}
