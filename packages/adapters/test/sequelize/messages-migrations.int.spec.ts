import {
  Board,
  BoardId,
  Comment,
  CommentId,
  CONVERSATION_REPOSITORY,
  Post,
  PostId,
  REPORT_CASE_QUERIES,
  REPORT_CASE_REPOSITORY,
  Conversation,
  ConversationId,
  Message,
  MessageId,
  School,
  SchoolId,
  User,
  UserId,
} from '@campus/domain';
import { expect } from 'chai';
import { MIGRATIONS, type SequelizeAdapters } from '../../src/sequelize/index.js';
import { SQL_TARGETS } from './sql-targets.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const migration = MIGRATIONS.find((m) => m.name === '0015-closed-conversations')!;
const messageCases = MIGRATIONS.find((m) => m.name === '0016-message-report-cases')!;
const departedAuthors = MIGRATIONS.find((m) => m.name === '0019-messages-to-departed-authors')!;
const id = (n: number) => `0190d000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

for (const target of SQL_TARGETS) {
  describe(`migrations 0015-closed-conversations, 0016-message-report-cases and 0019-messages-to-departed-authors (${target.name})`, () => {
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

    const user = (n: number) =>
      User.create(
        {
          id: UserId(id(n)),
          username: `user_${n}`,
          email: `${n}@example.com`,
          nickname: `nick${n}`,
          schoolId: SchoolId(id(1)),
          departmentId: null,
          passwordHash: 'x',
        },
        T0,
      );
    const message = (n: number, senderId: string) =>
      Message.create(
        {
          id: MessageId(id(n)),
          conversationId: ConversationId(id(10)),
          senderId: UserId(senderId),
          content: 'hi',
        },
        T0,
      );

    it('given a conversation from before it, when undone and done again, then it is kept, and a row for no account is refused only after as the account gone', async () => {
      await adapters.schools.save(School.create({ id: SchoolId(id(1)), name: 'U' }));
      await adapters.users.add(user(2));
      await adapters.users.add(user(3));
      const conversations = adapters.ports.get(CONVERSATION_REPOSITORY);
      const conversation = Conversation.start(
        {
          id: ConversationId(id(10)),
          subject: { kind: 'user' },
          starter: { userId: UserId(id(2)), isAnonymous: false, label: null },
          recipient: { userId: UserId(id(3)), isAnonymous: false, label: null },
          about: null,
        },
        T0,
      );
      await adapters.unitOfWork.run(async () => {
        await conversations.open(conversation);
        await conversations.addMessage(message(11, id(2)));
      });

      const q = adapters.sequelize.getQueryInterface();
      await migration.down({ context: q });
      const rekey = () =>
        adapters.sequelize.query(`UPDATE messages SET sender_id = '${id(98)}' WHERE id = '${id(11)}'`).then(
          () => 'moved',
          (error: unknown) => (error as Error).name,
        );
      expect(await rekey()).to.equal('SequelizeForeignKeyConstraintError');
      await migration.up({ context: q });

      expect(
        (await conversations.listMessages(ConversationId(id(10)), { limit: 5, after: null })).items,
      ).to.have.length(1);
      expect(await rekey()).to.equal('moved');
      const refused = await adapters.unitOfWork
        .run(() => conversations.addMessage(message(12, id(99))))
        .then(
          () => 'saved',
          (error: unknown) => (error as { code?: string }).code,
        );
      expect(refused).to.equal('SESSION_REVOKED');
      await adapters.unitOfWork.run(() => conversations.addMessage(message(13, id(3))));
    });

    it('given 0019 undone and done again, then a conversation to the author of kept content is refused only before, and one to no author nor account always', async () => {
      await adapters.schools.save(School.create({ id: SchoolId(id(1)), name: 'U' }));
      await adapters.users.add(user(2));
      await adapters.users.add(user(3));
      await adapters.boards.save(
        Board.create({ id: BoardId(id(4)), schoolId: SchoolId(id(1)), name: 'B', description: '' }, T0),
      );
      const post = Post.create(
        {
          id: PostId(id(5)),
          boardId: BoardId(id(4)),
          schoolId: SchoolId(id(1)),
          authorId: UserId(id(3)),
          title: '익명 글',
          content: '내용',
          isAnonymous: true,
          isQuestion: false,
        },
        T0,
      );
      await adapters.posts.save(post);
      await adapters.posts.save(
        Post.rehydrate({ ...post.snapshot(), id: PostId(id(6)), isAnonymous: false }),
      );
      // Kept as a deletion keeps them: the post under one random id, a comment under another.
      await adapters.sql.run(`UPDATE posts SET author_id = '${id(90)}' WHERE id = '${id(5)}'`);
      const comment = Comment.create(
        {
          id: CommentId(id(7)),
          postId: PostId(id(6)),
          authorId: UserId(id(3)),
          content: '댓글',
          isAnonymous: true,
          anonymousNumber: 1,
        },
        null,
        T0,
      );
      await adapters.comments.add(comment);
      await adapters.sql.run(`UPDATE comments SET author_id = '${id(91)}' WHERE id = '${id(7)}'`);

      const conversations = adapters.ports.get(CONVERSATION_REPOSITORY);
      let n = 20;
      // Each about a post of its own: one about the same post by the same starter would be reused.
      const open = (recipient: number) =>
        adapters.unitOfWork
          .run(() =>
            conversations.open(
              Conversation.start(
                {
                  id: ConversationId(id(++n)),
                  subject: { kind: 'post', postId: PostId(id(n + 100)) },
                  starter: { userId: UserId(id(2)), isAnonymous: true, label: '익명' },
                  recipient: { userId: UserId(id(recipient)), isAnonymous: true, label: '익명' },
                  about: { postId: PostId(id(5)), title: '익명 글' },
                },
                T0,
              ),
            ),
          )
          .then(
            () => 'opened',
            (error: unknown) => (error as { code?: string }).code,
          );
      const q = adapters.sequelize.getQueryInterface();
      await departedAuthors.down({ context: q });
      expect(await open(90)).to.equal('SESSION_REVOKED');
      await departedAuthors.up({ context: q });
      expect([await open(90), await open(91), await open(3), await open(99)]).to.deep.equal([
        'opened',
        'opened',
        'opened',
        'SESSION_REVOKED',
      ]);
      // The sender's row alone for a kept author; the live recipient has theirs.
      const members = await adapters.sql.select<{ user_id: string }>(
        'SELECT user_id FROM conversation_members ORDER BY conversation_id, user_id',
      );
      expect(members.map((m) => m.user_id)).to.deep.equal([id(2), id(2), id(2), id(3)]);
    });

    it('given 0016 undone and done again, then a message case can be queued only after', async () => {
      await adapters.schools.save(School.create({ id: SchoolId(id(1)), name: 'U' }));
      await adapters.users.add(user(2));
      const cases = adapters.ports.get(REPORT_CASE_REPOSITORY);
      const queue = adapters.ports.get(REPORT_CASE_QUERIES);
      const report = {
        caseId: id(20),
        target: { type: 'message' as const, id: MessageId(id(21)) },
        postId: null,
        boardId: null,
        schoolId: null,
        authorId: UserId(id(2)),
        reason: 'spam' as const,
        counts: true,
        at: T0,
      };
      const q = adapters.sequelize.getQueryInterface();
      await messageCases.down({ context: q });
      // Refused, or (SQLite names a NOT NULL failure a unique one) recorded nowhere.
      const before = await adapters.unitOfWork
        .run(() => cases.record(report))
        .then(
          (counted) => counted,
          (error: unknown) => (error as Error).name,
        );
      expect(before).to.not.equal(1);
      await messageCases.up({ context: q });
      expect(await adapters.unitOfWork.run(() => cases.record(report))).to.equal(1);
      // No such message: the case is not listed (nothing to read), yet it is stored.
      expect((await queue.listCases({ status: 'open' }, { limit: 5, after: null })).items).to.deep.equal([]);
      await messageCases.down({ context: q });
      await messageCases.up({ context: q });
    });
  });
}
