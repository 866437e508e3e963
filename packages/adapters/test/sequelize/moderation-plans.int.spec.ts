import { expect } from 'chai';
import type { School } from '@campus/domain';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import {
  ModerationWorld,
  StatementCounter,
  moderationPortsIn,
  type ModerationPorts,
} from '../../src/testing/index.js';
import { at } from '../../src/testing/board/board-fixtures.js';
import { portsOf } from './board-ports.js';
import { explainReads } from './query-plans.js';
import { SQL_TARGETS } from './sql-targets.js';

/**
 * The moderation queue is one statement per page at any depth, walking its index from the
 * cursor down (mysql EXPLAIN on a few hundred cases, enough for the optimizer to prefer the
 * index): no scan, no filesort, the target and author joined by their keys.
 */
describe('the moderation queue uses its indexes (mysql EXPLAIN)', function () {
  this.timeout(120_000);
  const target = SQL_TARGETS.find((t) => t.name === 'mysql')!;
  const counter = new StatementCounter();
  let adapters: SequelizeAdapters;
  let ports: ModerationPorts;
  let dispose: (() => Promise<void>) | undefined;
  let school: School;

  before(async function () {
    const opened = await target.open({ onQuery: counter.onQuery });
    if (!opened) return this.skip();
    ({ adapters, dispose } = opened);
    ports = { ...portsOf(adapters), ...moderationPortsIn(adapters.ports) };
    const world = new ModerationWorld(ports);
    school = await world.school();
    const board = await world.board(school.id, 'Free');
    const author = await world.user('Author', school.id);
    const reporters = await Promise.all([1, 2, 3, 4].map((n) => world.user(`Reporter ${n}`, school.id)));
    for (let i = 0; i < 300; i++) {
      const post = await world.post(board, author, {}, at(i));
      const comment = i % 3 === 0 ? await world.comment(post, author, {}, null, at(i)) : undefined;
      for (let r = 0; r <= i % 4; r++) await world.report(post, reporters[r]!, { comment, minute: i });
    }
    await adapters.sequelize.query('ANALYZE TABLE report_cases, posts, comments, users');
  });
  after(async () => {
    await dispose?.();
  });

  const plansOf = (read: () => Promise<unknown>) => explainReads(adapters.sequelize, counter, read);

  it('reads the first and a deep page, of every school and of one, in one statement through the queue index', async () => {
    const first = await ports.caseQueries.listCases({ status: 'open' }, { limit: 20, after: null });
    const deep = { limit: 20, after: { value: 2, id: first.items[first.items.length - 1]!.id } };
    for (const [filter, key] of [
      [{ status: 'open' as const }, 'report_cases_queue'],
      [{ status: 'open' as const, schoolId: school.id }, 'report_cases_school_queue'],
    ] as const) {
      for (const page of [{ limit: 20, after: null }, deep]) {
        const { rows, count } = await plansOf(() => ports.caseQueries.listCases(filter, page));
        expect(count).to.equal(1);
        const read = rows.filter((r) => r.table !== null && !r.table.startsWith('<'));
        for (const row of read) {
          expect(row.type, `${row.table} scanned: ${JSON.stringify(row)}`).to.not.equal('ALL');
          expect(row.key, `${row.table} without a key: ${JSON.stringify(row)}`).to.not.equal(null);
        }
        expect(rows.find((r) => r.table === 'rc')?.key).to.equal(key);
        expect(rows.map((r) => r.Extra ?? '').join(' ')).to.not.include('filesort');
      }
    }
  });

  it('reads an admin’s counts of a post in one statement through report_cases_post', async () => {
    const [item] = (await ports.caseQueries.listCases({ status: 'open' }, { limit: 1, after: null })).items;
    const { rows, count } = await plansOf(() => ports.caseQueries.openCountsOnPost(item!.postId!));
    expect(count).to.equal(1);
    expect(rows.find((r) => r.table === 'report_cases')?.key).to.equal('report_cases_post');
  });
});
