import { NOTIFICATION_REPOSITORY } from '@campus/domain';
import { notificationsContract } from '../../src/testing/index.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  notificationsContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return {
      schools: adapters.schools,
      departments: adapters.departments,
      users: adapters.users,
      sessions: adapters.sessions,
      uow: adapters.unitOfWork,
      notifications: adapters.ports.get(NOTIFICATION_REPOSITORY),
      teardown: dispose,
    };
  });
}
