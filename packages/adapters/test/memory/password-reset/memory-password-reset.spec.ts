import {
  InMemoryDepartmentRepository,
  InMemoryPasswordResetTokenRepository,
  InMemoryResetAccountLookup,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { passwordResetContract } from '../../../src/testing/index.js';

passwordResetContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    departments: new InMemoryDepartmentRepository(db),
    users: new InMemoryUserRepository(db),
    sessions: new InMemorySessionRepository(db),
    uow: new InMemoryUnitOfWork(db),
    resetTokens: new InMemoryPasswordResetTokenRepository(db),
    resetAccounts: new InMemoryResetAccountLookup(db),
  });
});
