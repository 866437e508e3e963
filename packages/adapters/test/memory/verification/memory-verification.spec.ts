import {
  InMemoryDepartmentRepository,
  InMemoryEmailOwnerLookup,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  InMemoryVerificationCodeRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { verificationContract } from '../../../src/testing/index.js';

verificationContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    departments: new InMemoryDepartmentRepository(db),
    users: new InMemoryUserRepository(db),
    sessions: new InMemorySessionRepository(db),
    uow: new InMemoryUnitOfWork(db),
    codes: new InMemoryVerificationCodeRepository(db),
    owners: new InMemoryEmailOwnerLookup(db),
  });
});
