import {
  InMemoryFriendRequestRepository,
  InMemoryFriendshipRepository,
  InMemorySchoolRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { friendsContract } from '../../../src/testing/index.js';

friendsContract('memory', () => {
  const db = new MemoryDatabase();
  return Promise.resolve({
    schools: new InMemorySchoolRepository(db),
    users: new InMemoryUserRepository(db),
    friendRequests: new InMemoryFriendRequestRepository(db),
    friendships: new InMemoryFriendshipRepository(db),
    uow: new InMemoryUnitOfWork(db),
  });
});
