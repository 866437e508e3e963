import { InProcessCache } from '../../../src/memory/cache/in-process-cache.js';
import {
  InMemoryCourseRepository,
  InMemoryReviewRepository,
  InMemorySchoolRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { SystemClock } from '../../../src/system/index.js';
import { cachedCoursesPorts, coursesContract } from '../../../src/testing/index.js';

// Every contract reads after writing: a course detail left stale by a review fails them.
coursesContract('memory behind the in-process view cache', () => {
  const db = new MemoryDatabase();
  return Promise.resolve(
    cachedCoursesPorts(
      {
        schools: new InMemorySchoolRepository(db),
        users: new InMemoryUserRepository(db),
        courses: new InMemoryCourseRepository(db),
        reviews: new InMemoryReviewRepository(db),
        uow: new InMemoryUnitOfWork(db),
      },
      new InProcessCache(new SystemClock()),
    ),
  );
});
