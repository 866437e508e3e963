import {
  ACCOUNT_REMOVAL,
  BOARD_ERASURE,
  COURSES_ERASURE,
  ERASED_IDS,
  FRIENDS_ERASURE,
  TIMETABLES_ERASURE,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import { RandomErasedIds } from '../../system/random-erased-ids.js';
import type { MemoryDatabase } from '../memory-database.js';
import { guardKeptRows, InMemoryAccountRemoval } from './in-memory-account-removal.js';
import {
  InMemoryBoardErasure,
  InMemoryCoursesErasure,
  InMemoryFriendsErasure,
  InMemoryTimetablesErasure,
} from './in-memory-erasures.js';

/** Account deletion in memory: the account's removal and each existing feature's erasure step. */
export const memoryAccountDeletion: AdapterModule<MemoryDatabase> = (db) => {
  guardKeptRows(db);
  return [
    provide(ACCOUNT_REMOVAL, new InMemoryAccountRemoval(db)),
    provide(ERASED_IDS, new RandomErasedIds()),
    provide(BOARD_ERASURE, new InMemoryBoardErasure(db)),
    provide(COURSES_ERASURE, new InMemoryCoursesErasure(db)),
    provide(FRIENDS_ERASURE, new InMemoryFriendsErasure(db)),
    provide(TIMETABLES_ERASURE, new InMemoryTimetablesErasure(db)),
  ];
};
