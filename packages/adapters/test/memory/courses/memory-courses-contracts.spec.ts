import {
  InMemoryCourseRepository,
  InMemoryReviewRepository,
  InMemorySchoolRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { coursesContract } from '../../../src/testing/index.js';

coursesContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    users: new InMemoryUserRepository(db),
    courses: new InMemoryCourseRepository(db),
    reviews: new InMemoryReviewRepository(db),
    uow: new InMemoryUnitOfWork(db),
  });
});
