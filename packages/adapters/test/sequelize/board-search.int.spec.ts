import { expect } from 'chai';
import type { Board } from '@campus/domain';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { BoardWorld } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

/**
 * Search terms reach SQL as a LIKE pattern escaped with `!`. The characters that are special to
 * LIKE, to the escape or to a string literal on either dialect must match only themselves.
 */
for (const target of SQL_TARGETS) {
  describe(`board search terms on ${target.name}`, function () {
    let adapters: SequelizeAdapters;
    let dispose: (() => Promise<void>) | undefined;
    let board: Board;

    before(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ adapters, dispose } = opened);
      const world = new BoardWorld(portsOf(adapters));
      const stage = await world.stage();
      board = stage.board;
      const titles = ['C:\\path', 'a!b', "it's", 'Plain text', '100%', 'x_y', '중간고사 일정'];
      for (const title of titles) await world.post(board, stage.alice, { title, content: 'body' });
    });
    after(async () => {
      await dispose?.();
    });

    const titlesFound = async (q: string) =>
      (
        await adapters.postQueries.listBoardPosts(
          { boardId: board.id, includeHidden: false, q },
          { limit: 20, after: null },
        )
      ).items.map((item) => item.title);

    const cases: [string, string[]][] = [
      ['\\', ['C:\\path']],
      ['\\p', ['C:\\path']],
      ['!', ['a!b']],
      ['!b', ['a!b']],
      ["'", ["it's"]],
      ['%', ['100%']],
      ['_', ['x_y']],
      ['PLAIN T', ['Plain text']],
      ['고사', ['중간고사 일정']],
    ];
    for (const [q, expected] of cases) {
      it(`given the term ${JSON.stringify(q)}, when searched, then only ${JSON.stringify(expected)}`, async () => {
        expect(await titlesFound(q)).to.deep.equal(expected);
      });
    }
  });
}
