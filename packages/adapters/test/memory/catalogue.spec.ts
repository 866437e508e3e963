import {
  InMemoryCourseRepository,
  InMemoryFriendRequestRepository,
  InMemoryFriendshipRepository,
  InMemoryReviewRepository,
  InMemorySchoolRepository,
  InMemoryTimetableRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../src/index.js';
import { catalogueContract } from '../../src/testing/index.js';

catalogueContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    users: new InMemoryUserRepository(db),
    friendRequests: new InMemoryFriendRequestRepository(db),
    friendships: new InMemoryFriendshipRepository(db),
    courses: new InMemoryCourseRepository(db),
    reviews: new InMemoryReviewRepository(db),
    timetables: new InMemoryTimetableRepository(db),
    uow: new InMemoryUnitOfWork(db),
  });
});
