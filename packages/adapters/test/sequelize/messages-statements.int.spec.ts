import { expect } from 'chai';
import {
  CONVERSATION_REPOSITORY,
  Conversation,
  ConversationId,
  Message,
  MessageId,
  PostId,
  type ConversationRepository,
  type PageRequest,
  type User,
} from '@campus/domain';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { IdentityWorld, StatementCounter } from '../../src/testing/index.js';
import { at } from '../../src/testing/identity/identity-fixtures.js';
import { explainReads } from './query-plans.js';
import { SQL_TARGETS } from './sql-targets.js';

/**
 * A member's conversation list and a conversation's messages are one statement at any depth, and
 * on MySQL each walks its index: no table scanned, no filesort.
 */
for (const target of SQL_TARGETS) {
  describe(`messages reads (${target.name})`, function () {
    this.timeout(120_000);
    const counter = new StatementCounter();
    let adapters: SequelizeAdapters;
    let dispose: (() => Promise<void>) | undefined;
    let conversations: ConversationRepository;
    let me: User;
    let busiest: Conversation;

    before(async function () {
      const opened = await target.open({ onQuery: counter.onQuery });
      if (!opened) return this.skip();
      ({ adapters, dispose } = opened);
      conversations = adapters.ports.get(CONVERSATION_REPOSITORY);
      const world = new IdentityWorld({
        schools: adapters.schools,
        departments: adapters.departments,
        users: adapters.users,
        sessions: adapters.sessions,
        uow: adapters.unitOfWork,
      });
      me = await world.user(null, 'me');
      for (let i = 0; i < 120; i++) {
        const other = await world.user(null, `o${i}`);
        const anonymous = i % 3 === 0;
        const conversation = Conversation.start(
          {
            id: ConversationId(world.id()),
            subject: anonymous ? { kind: 'post', postId: PostId(world.id()) } : { kind: 'user' },
            starter: { userId: other.id, isAnonymous: anonymous, label: anonymous ? '익명' : null },
            recipient: { userId: me.id, isAnonymous: anonymous, label: anonymous ? '익명' : null },
            about: anonymous ? { postId: PostId(world.id()), title: '제목' } : null,
          },
          at(i * 1000),
        );
        await adapters.unitOfWork.run(async () => {
          await conversations.open(conversation);
          for (const [n, from] of [other, me, other].entries())
            await conversations.addMessage(
              Message.create(
                {
                  id: MessageId(world.id()),
                  conversationId: conversation.id,
                  senderId: from.id,
                  content: `m${n}`,
                },
                at(i * 1000 + n),
              ),
            );
        });
        busiest = conversation;
      }
      if (target.name === 'mysql')
        await adapters.sequelize.query('ANALYZE TABLE conversations, conversation_members, messages, users');
    });
    after(async () => {
      await dispose?.();
    });

    const deep: () => PageRequest = () => ({ limit: 20, after: { value: at(60_000).getTime(), id: 'z' } });

    it('lists a member’s conversations in one statement, on the first page and deep down', async () => {
      const first = await counter.during(() => conversations.listFor(me.id, { limit: 20, after: null }));
      expect(first.count).to.equal(1);
      expect(first.result.items).to.have.length(20);
      const later = await counter.during(() => conversations.listFor(me.id, deep()));
      expect(later.count).to.equal(1);
      expect(later.result.items[0]?.listedAt.getTime()).to.be.lessThan(at(60_000).getTime());
    });

    it('pages a conversation’s messages in one statement', async () => {
      const { count, result } = await counter.during(() =>
        conversations.listMessages(busiest.id, { limit: 2, after: null }),
      );
      expect(count).to.equal(1);
      expect(result.items.map((m) => m.content)).to.deep.equal(['m2', 'm1']);
    });

    // EXPLAIN speaks MySQL's plan; SQLite has its own, and one writer.
    if (target.name === 'mysql')
      it('walks the indexes on MySQL: no scan, no filesort', async () => {
        const reads: (() => Promise<unknown>)[] = [
          () => conversations.listFor(me.id, { limit: 20, after: null }),
          () => conversations.listFor(me.id, deep()),
          () =>
            conversations.listMessages(busiest.id, {
              limit: 20,
              after: { value: at(119_001).getTime(), id: 'z' },
            }),
        ];
        for (const read of reads) {
          const { rows, count } = await explainReads(adapters.sequelize, counter, read);
          expect(count, 'statements sent').to.be.greaterThan(0);
          for (const row of rows.filter((r) => r.table !== null)) {
            expect(row.type, `${row.table} scanned: ${JSON.stringify(row)}`).to.not.equal('ALL');
            expect(row.key, `${row.table} without a key: ${JSON.stringify(row)}`).to.not.equal(null);
          }
          expect(rows.map((r) => r.Extra ?? '').join(' ')).to.not.include('filesort');
        }
      });
  });
}
