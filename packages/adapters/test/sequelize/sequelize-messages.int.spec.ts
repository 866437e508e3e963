import { CONVERSATION_REPOSITORY, MESSAGE_REPORT_REPOSITORY, MESSAGES_ERASURE, UserId } from '@campus/domain';
import { BoardWorld, messagesContract } from '../../src/testing/index.js';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

/**
 * An anonymous post whose author deleted their account: stored by a member, then re-keyed to a
 * random id as the board's erasure step does (ADR 18). Answers that id.
 */
async function keptAuthor(adapters: SequelizeAdapters, world: BoardWorld, n: number): Promise<UserId> {
  const school = await world.school(`Kept ${n}`);
  const author = await world.user(`kept${n}`, school.id);
  const post = await world.post(await world.board(school.id), author, { isAnonymous: true });
  const kept = UserId(`0190c000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`);
  await adapters.sql.run('UPDATE posts SET author_id = :kept WHERE id = :post', { kept, post: post.id });
  return kept;
}

for (const target of SQL_TARGETS) {
  messagesContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    const world = new BoardWorld(portsOf(adapters));
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
      keptAuthor: () => keptAuthor(adapters, world, ++kept),
      teardown: dispose,
    };
  });
}
