import { PASSWORD_RESET_TOKEN_REPOSITORY, RESET_ACCOUNT_LOOKUP } from '@campus/domain';
import { passwordResetContract } from '../../src/testing/index.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  passwordResetContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return {
      schools: adapters.schools,
      departments: adapters.departments,
      users: adapters.users,
      sessions: adapters.sessions,
      uow: adapters.unitOfWork,
      resetTokens: adapters.ports.get(PASSWORD_RESET_TOKEN_REPOSITORY),
      resetAccounts: adapters.ports.get(RESET_ACCOUNT_LOOKUP),
      teardown: dispose,
    };
  });
}
