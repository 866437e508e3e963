import {
  InMemoryConversationRepository,
  InMemoryDepartmentRepository,
  InMemoryMessageReportRepository,
  InMemoryMessagesErasure,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { messagesContract } from '../../../src/testing/index.js';

messagesContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    departments: new InMemoryDepartmentRepository(db),
    users: new InMemoryUserRepository(db),
    sessions: new InMemorySessionRepository(db),
    uow: new InMemoryUnitOfWork(db),
    conversations: new InMemoryConversationRepository(db),
    messageReports: new InMemoryMessageReportRepository(db),
    erasure: new InMemoryMessagesErasure(db),
  });
});
