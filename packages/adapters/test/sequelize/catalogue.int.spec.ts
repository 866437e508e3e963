import { catalogueContract } from '../../src/testing/index.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  catalogueContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return {
      schools: adapters.schools,
      users: adapters.users,
      friendRequests: adapters.friendRequests,
      friendships: adapters.friendships,
      courses: adapters.courses,
      reviews: adapters.reviews,
      timetables: adapters.timetables,
      uow: adapters.unitOfWork,
      teardown: dispose,
    };
  });
}
