import { coursesContract, friendsContract, timetablesContract } from '../../src/testing/index.js';
import { SQL_TARGETS } from './sql-targets.js';

/** The per-port contracts of friends, courses and timetables, on SQLite and MySQL. */
for (const target of SQL_TARGETS) {
  const open = async () => {
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
  };
  friendsContract(target.name, open);
  coursesContract(target.name, open);
  timetablesContract(target.name, open);
}
