import { expect } from 'chai';
import { BoardWorld, StatementCounter } from '../../src/testing/index.js';
import { at } from '../../src/testing/board/board-fixtures.js';
import { PostId } from '@campus/domain';
import { SQL_TARGETS } from './sql-targets.js';
import { portsOf } from './board-ports.js';

/**
 * Reads are N+1 free: the statements a post detail or a board page sends do not grow with the
 * number of comments or posts. Counted on the real databases, through Sequelize's query log.
 */
for (const target of SQL_TARGETS) {
  describe(`board statements (${target.name})`, function () {
    this.timeout(120_000);
    const counter = new StatementCounter();
    let dispose: (() => Promise<void>) | undefined;
    let world: BoardWorld;

    before(async function () {
      const opened = await target.open({ onQuery: counter.onQuery });
      if (!opened) return this.skip();
      dispose = opened.dispose;
      world = new BoardWorld(portsOf(opened.adapters));
    });
    after(async () => {
      await dispose?.();
    });

    describe('reads send a fixed number', () => {
      async function detailStatements(comments: number): Promise<number> {
        const school = await world.school();
        const [author, reader] = [
          await world.user(`a${comments}`, school.id),
          await world.user(`r${comments}`, school.id),
        ];
        const board = await world.board(school.id);
        const post = await world.post(board, author);
        for (let i = 0; i < comments; i++)
          await world.comment(post, i % 2 ? author : reader, { isAnonymous: i % 3 === 0 });
        const { count, result } = await counter.during(async () => {
          const detail = await world.ports.queries.findPost(PostId(post.id), reader.id);
          const all = await world.ports.queries.listComments(PostId(post.id));
          return { detail, all };
        });
        expect(result.all).to.have.length(comments);
        return count;
      }

      async function pageStatements(posts: number): Promise<number> {
        const school = await world.school();
        const author = await world.user(`p${posts}`, school.id);
        const board = await world.board(school.id);
        for (let i = 0; i < posts; i++) await world.post(board, author, { isAnonymous: i % 2 === 0 });
        const { count, result } = await counter.during(() =>
          world.ports.queries.listBoardPosts(
            { boardId: board.id, includeHidden: false },
            { limit: 20, after: null },
          ),
        );
        expect(result.items).to.have.length(Math.min(20, posts));
        return count;
      }

      // The adapters send 2 statements (post, then comments) for a detail and 1 for a page; held.
      it('answers a post detail with 1 or 200 comments in the same 2 statements', async () => {
        const one = await detailStatements(1);
        const many = await detailStatements(200);
        expect(many).to.equal(one);
        expect(one).to.equal(2);
      });

      it('answers a board page of 20 with 1 or 200 posts in the same 1 statement', async () => {
        const one = await pageStatements(1);
        const many = await pageStatements(200);
        expect(many).to.equal(one);
        expect(one).to.equal(1);
      });

      it('answers every other list page in 1 statement, with 200 posts liked, scrapped and commented', async () => {
        const school = await world.school();
        const [author, fan] = [
          await world.user('lists-a', school.id),
          await world.user('lists-f', school.id),
        ];
        const board = await world.board(school.id);
        for (let i = 0; i < 200; i++) {
          const post = await world.post(board, author, { isAnonymous: i % 2 === 0, title: `exam ${i}` });
          await world.ports.postLikes.add(post.id, fan.id, at(3));
          await world.ports.scraps.add(post.id, fan.id, at(3));
          await world.ports.posts.markHot(post.id, at(4));
          await world.comment(post, fan);
        }
        const [school$, user, page] = [
          { schoolId: school.id, includeHidden: false },
          fan.id,
          { limit: 20, after: null },
        ];
        const q = world.ports.queries;
        const lists = [
          () => q.searchSchoolPosts({ ...school$, q: 'EXAM' }, page),
          () => q.listHotPosts(school$, page),
          () => q.listBestPosts({ ...school$, from: at(0), to: at(60), minLikeCount: 1 }, page),
          () => q.listPostsByAuthor({ userId: author.id, includeHidden: false }, page),
          () => q.listPostsCommentedBy({ userId: user, includeHidden: false }, page),
          () => q.listPostsScrappedBy({ userId: user, includeHidden: false }, page),
        ];
        for (const list of lists) {
          const { count, result } = await counter.during(list);
          expect(result.items).to.have.length(20);
          expect(count).to.equal(1);
        }
      });
    });

    /** Writes hold a row lock from their first statement to the commit, so each statement counts. */
    describe('writes send few', () => {
      async function stage(name: string) {
        const school = await world.school();
        const [alice, bob] = [
          await world.user(`${name}-a`, school.id),
          await world.user(`${name}-b`, school.id),
        ];
        return { board: await world.board(school.id), alice, bob };
      }

      it('likes a post in 4: begin, the counter, the like, commit', async () => {
        const { board, alice, bob } = await stage('like');
        const post = await world.post(board, alice);
        const { count, result } = await counter.during(() =>
          world.ports.postLikes.add(post.id, bob.id, at(3)),
        );
        expect(result).to.equal(1);
        expect(count).to.equal(4);
      });

      it('adds an anonymous comment in 7 with a new number and in 5 with a known one, the post and the number held read in 1', async () => {
        const { board, alice, bob } = await stage('comment');
        const post = await world.post(board, alice);
        const { uow, aliases, posts } = world.ports;
        // As CreateComment does: the post with the number held, then the unit that writes.
        const comment = () =>
          counter.during(async () => {
            const { heldNumber } = (await posts.findForCommenter(post.id, bob.id))!;
            return uow.run(async () => {
              const number = heldNumber ?? (await aliases.assign(post.id, bob.id));
              await world.comment(post, bob, { isAnonymous: true, anonymousNumber: number });
              return number;
            });
          });
        const first = await comment();
        const second = await comment();
        expect([first.result, second.result]).to.deep.equal([1, 1]);
        expect([first.count, second.count]).to.deep.equal([7, 5]);
        expect((await world.ports.posts.findById(post.id))!.commentCount).to.equal(2);
      });
    });
  });
}
