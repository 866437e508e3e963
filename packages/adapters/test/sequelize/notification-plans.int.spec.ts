import { expect } from 'chai';
import {
  Notification,
  NotificationId,
  NOTIFICATION_REPOSITORY,
  type NotificationRepository,
  type User,
} from '@campus/domain';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { StatementCounter } from '../../src/testing/index.js';
import { at, IdentityWorld } from '../../src/testing/identity/identity-fixtures.js';
import { explainReads, type PlanRow } from './query-plans.js';
import { SQL_TARGETS } from './sql-targets.js';

const nid = (n: number) => NotificationId(`00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`);

/**
 * A member's notification list is one keyset statement at any depth, read through the
 * recipient's index without a filesort (EXPLAINed on MySQL with other members' rows around), and
 * the stream's catch-up and the unread count are each one statement on an index too, and so is
 * a batch of pruning.
 */
describe('notification reads: one statement each, by index (mysql EXPLAIN)', function () {
  this.timeout(60_000);
  const target = SQL_TARGETS.find((t) => t.name === 'mysql')!;
  const counter = new StatementCounter();
  let adapters: SequelizeAdapters;
  let notifications: NotificationRepository;
  let dispose: (() => Promise<void>) | undefined;
  let reader: User;

  before(async function () {
    const opened = await target.open({ onQuery: counter.onQuery });
    if (!opened) return this.skip();
    ({ adapters, dispose } = opened);
    notifications = adapters.ports.get(NOTIFICATION_REPOSITORY);
    const world = new IdentityWorld({
      schools: adapters.schools,
      departments: adapters.departments,
      users: adapters.users,
      sessions: adapters.sessions,
      uow: adapters.unitOfWork,
    });
    const others: User[] = [];
    reader = await world.user(null, 'reader');
    for (let i = 0; i < 4; i++) others.push(await world.user(null, `other${i}`));
    for (let i = 1; i <= 600; i++) {
      const recipient = i % 5 === 0 ? reader : others[i % 4]!;
      await notifications.add(
        Notification.create(
          { id: nid(i), recipientId: recipient.id, type: 'comment', text: 't', target: {} },
          at(i),
        ),
      );
    }
    await notifications.markRead(reader.id, nid(300), at(1_000_000));
    await adapters.sequelize.query('ANALYZE TABLE notifications');
  });
  after(async () => {
    await dispose?.();
  });

  const plansOf = (read: () => Promise<unknown>) => explainReads(adapters.sequelize, counter, read);

  /** Read through one of `keys` (the optimizer picks among the recipient's), never sorted. */
  function expectIndexed(rows: PlanRow[], ...keys: string[]): void {
    for (const row of rows.filter((r) => r.table !== null)) {
      expect(row.type, JSON.stringify(row)).to.not.equal('ALL');
      expect(keys, JSON.stringify(row)).to.include(row.key);
      expect(row.Extra ?? '', JSON.stringify(row)).to.not.include('filesort');
    }
  }

  it('lists the first and a deep page, all or unread only, in one statement on the recipient index', async () => {
    const deep = { limit: 20, after: { value: at(400).getTime(), id: nid(400) } };
    for (const page of [{ limit: 20, after: null }, deep]) {
      const all = await plansOf(() => notifications.page(reader.id, page, false));
      expect(all.count).to.equal(1);
      expectIndexed(all.rows, 'notifications_recipient_time');
      const unread = await plansOf(() => notifications.page(reader.id, page, true));
      expect(unread.count).to.equal(1);
      expectIndexed(unread.rows, 'notifications_recipient_unread', 'notifications_recipient_time');
    }
  });

  it('counts the unread ones in one statement on the unread index', async () => {
    const { count, rows } = await plansOf(() => notifications.unreadCount(reader.id));
    expect(count).to.equal(1);
    expectIndexed(rows, 'notifications_recipient_unread');
  });

  it('reads what a stream missed after an id in two statements (where the id stands, then the range)', async () => {
    const { count, rows } = await plansOf(() => notifications.after(reader.id, nid(500), 100));
    expect(count).to.equal(2);
    for (const row of rows.filter((r) => r.table !== null)) {
      expect(row.type, JSON.stringify(row)).to.not.equal('ALL');
      expect(row.Extra ?? '', JSON.stringify(row)).to.not.include('filesort');
    }
    expect(rows.map((r) => r.key)).to.deep.equal(['PRIMARY', 'notifications_recipient_time']);
  });

  // Last: it deletes what it explains.
  it('prunes a batch of the oldest in one statement on the age index (migration 0017), not a scan of the table', async () => {
    const { count, rows } = await plansOf(() => notifications.pruneBefore(at(100), 50));
    expect(count).to.equal(1);
    expectIndexed(rows, 'notifications_created');
  });
});
