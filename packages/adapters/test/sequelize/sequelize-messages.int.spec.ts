import { CONVERSATION_REPOSITORY, MESSAGE_REPORT_REPOSITORY, MESSAGES_ERASURE } from '@campus/domain';
import { messagesContract } from '../../src/testing/index.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  messagesContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return {
      schools: adapters.schools,
      departments: adapters.departments,
      users: adapters.users,
      sessions: adapters.sessions,
      uow: adapters.unitOfWork,
      conversations: adapters.ports.get(CONVERSATION_REPOSITORY),
      messageReports: adapters.ports.get(MESSAGE_REPORT_REPOSITORY),
      erasure: adapters.ports.get(MESSAGES_ERASURE),
      teardown: dispose,
    };
  });
}
