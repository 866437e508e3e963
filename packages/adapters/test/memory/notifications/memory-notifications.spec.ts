import {
  InMemoryDepartmentRepository,
  InMemoryNotificationRepository,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { notificationsContract } from '../../../src/testing/index.js';

notificationsContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    departments: new InMemoryDepartmentRepository(db),
    users: new InMemoryUserRepository(db),
    sessions: new InMemorySessionRepository(db),
    uow: new InMemoryUnitOfWork(db),
    notifications: new InMemoryNotificationRepository(db),
  });
});
