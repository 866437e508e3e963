import {
  InMemoryCourseRepository,
  InMemorySchoolRepository,
  InMemoryTimetableRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { timetablesContract } from '../../../src/testing/index.js';

timetablesContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    users: new InMemoryUserRepository(db),
    courses: new InMemoryCourseRepository(db),
    timetables: new InMemoryTimetableRepository(db),
    uow: new InMemoryUnitOfWork(db),
  });
});
