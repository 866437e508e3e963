import { REPORT_CASE_QUERIES, REPORT_CASE_REPOSITORY } from '@campus/domain';
import { expect } from 'chai';
import { MIGRATIONS, type SequelizeAdapters } from '../../src/sequelize/index.js';
import { BoardWorld } from '../../src/testing/index.js';
import { at } from '../../src/testing/board/board-fixtures.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

const migration = MIGRATIONS.find((m) => m.name === '0010-moderation')!;

for (const target of SQL_TARGETS) {
  describe(`migration 0010-moderation (${target.name})`, () => {
    let opened: Awaited<ReturnType<typeof target.open>>;
    let adapters: SequelizeAdapters;
    beforeEach(async function () {
      opened = await target.open({}, { altersSchema: true });
      if (!opened) return this.skip();
      adapters = opened.adapters;
    });
    afterEach(async () => {
      await opened?.dispose();
    });

    it('given reports from before it, when migrated, then each reported post and comment has an open case of them, every one counting', async () => {
      const world = new BoardWorld(portsOf(adapters));
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice, { content: '예전에 신고된 글' });
      const comment = await world.comment(post, bob);
      await adapters.postReports.add(post.id, bob.id, 'spam', at(5));
      await adapters.postReports.add(post.id, carol.id, 'fraud', at(7));
      await adapters.commentReports.add(comment.id, alice.id, 'abuse', at(6));
      const queryInterface = adapters.sequelize.getQueryInterface();
      await migration.down({ context: queryInterface });
      await migration.up({ context: queryInterface });

      const queries = adapters.ports.get(REPORT_CASE_QUERIES);
      const open = (await queries.listCases({ status: 'open' }, { limit: 20, after: null })).items;
      expect(open.map((c) => [c.targetType, c.targetId, c.reportCount, c.authorId])).to.deep.equal([
        ['post', post.id, 2, alice.id],
        ['comment', comment.id, 1, bob.id],
      ]);
      expect(open[0]!.reasons).to.deep.include({ spam: 1, fraud: 1, abuse: 0 });
      expect([open[0]!.firstReportedAt, open[0]!.lastReportedAt].map((d) => d.toISOString())).to.deep.equal([
        at(5).toISOString(),
        at(7).toISOString(),
      ]);
      const dave = await world.user('Dave', board.schoolId);
      await adapters.postReports.add(post.id, dave.id, 'spam', at(9));
      const counted = await adapters.unitOfWork.run(() =>
        adapters.ports.get(REPORT_CASE_REPOSITORY).record({
          caseId: world.id(),
          target: { type: 'post', id: post.id },
          postId: post.id,
          boardId: post.boardId,
          schoolId: post.schoolId,
          authorId: alice.id,
          reason: 'spam',
          counts: true,
          at: at(9),
        }),
      );
      expect(counted).to.equal(3);
    });
  });
}
