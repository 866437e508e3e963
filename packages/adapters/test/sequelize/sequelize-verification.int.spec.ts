import { EMAIL_OWNER_LOOKUP, VERIFICATION_CODE_REPOSITORY } from '@campus/domain';
import { verificationContract } from '../../src/testing/index.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  verificationContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return {
      schools: adapters.schools,
      departments: adapters.departments,
      users: adapters.users,
      sessions: adapters.sessions,
      uow: adapters.unitOfWork,
      codes: adapters.ports.get(VERIFICATION_CODE_REPOSITORY),
      owners: adapters.ports.get(EMAIL_OWNER_LOOKUP),
      teardown: dispose,
    };
  });
}
