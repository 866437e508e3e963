import {
  Board,
  BoardId,
  CONVERSATION_REPOSITORY,
  MESSAGE_REPORT_REPOSITORY,
  MESSAGES_ERASURE,
  Post,
  PostId,
  School,
  SchoolId,
  User,
  UserId,
} from '@campus/domain';
import { messagesContract } from '../../src/testing/index.js';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { SQL_TARGETS } from './sql-targets.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');

/**
 * An anonymous post whose author deleted their account: stored by a member, then re-keyed to a
 * random id as the board's erasure step does (ADR 18). Answers that id.
 */
async function keptAuthor(adapters: SequelizeAdapters, n: number): Promise<UserId> {
  const id = (k: number) =>
    `0190c000-0000-7000-8${n.toString(16).padStart(3, '0')}-${k.toString(16).padStart(12, '0')}`;
  const school = School.create({ id: SchoolId(id(1)), name: `Kept ${n}` });
  await adapters.schools.save(school);
  const author = User.create(
    {
      id: UserId(id(2)),
      username: `kept_${n}`,
      email: `kept${n}@example.com`,
      nickname: `kept${n}`,
      schoolId: school.id,
      departmentId: null,
      passwordHash: 'x',
    },
    T0,
  );
  await adapters.users.add(author);
  const board = Board.create({ id: BoardId(id(3)), schoolId: school.id, name: 'B', description: '' }, T0);
  await adapters.boards.save(board);
  const post = Post.create(
    {
      id: PostId(id(4)),
      boardId: board.id,
      schoolId: school.id,
      authorId: author.id,
      title: '익명 글',
      content: '내용',
      isAnonymous: true,
      isQuestion: false,
    },
    T0,
  );
  await adapters.posts.save(post);
  const kept = UserId(id(5));
  await adapters.sql.run('UPDATE posts SET author_id = :kept WHERE id = :post', { kept, post: post.id });
  return kept;
}

for (const target of SQL_TARGETS) {
  messagesContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    let kept = 0;
    return {
      schools: adapters.schools,
      departments: adapters.departments,
      users: adapters.users,
      sessions: adapters.sessions,
      uow: adapters.unitOfWork,
      conversations: adapters.ports.get(CONVERSATION_REPOSITORY),
      messageReports: adapters.ports.get(MESSAGE_REPORT_REPOSITORY),
      erasure: adapters.ports.get(MESSAGES_ERASURE),
      keptAuthor: () => keptAuthor(adapters, ++kept),
      teardown: dispose,
    };
  });
}
