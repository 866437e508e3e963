import { expect } from 'chai';
import { BoardWorld, StatementCounter } from '../../src/testing/index.js';
import { PostId } from '@campus/domain';
import { SQL_TARGETS } from './sql-targets.js';
import { portsOf } from './board-ports.js';

/**
 * Reads are N+1 free: the statements a post detail or a board page sends do not grow with the
 * number of comments or posts. Counted on the real databases, through Sequelize's query log.
 */
for (const target of SQL_TARGETS) {
  describe(`board reads send a fixed number of statements (${target.name})`, function () {
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

    it('answers a post detail with 1 or 200 comments in the same number of statements, at most 4', async () => {
      const one = await detailStatements(1);
      const many = await detailStatements(200);
      expect(many).to.equal(one);
      expect(one).to.be.at.most(4);
    });

    it('answers a board page of 20 with 1 or 200 posts in the same number of statements, at most 3', async () => {
      const one = await pageStatements(1);
      const many = await pageStatements(200);
      expect(many).to.equal(one);
      expect(one).to.be.at.most(3);
    });
  });
}
