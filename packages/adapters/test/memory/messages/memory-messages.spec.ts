import { UserId } from '@campus/domain';
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

let kept = 0;

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
    // Memory refuses only the ids of accounts it erased: kept content need not be stored.
    keptAuthor: () =>
      Promise.resolve(UserId(`0190c000-0000-7000-8000-${(++kept).toString(16).padStart(12, '0')}`)),
  });
});
