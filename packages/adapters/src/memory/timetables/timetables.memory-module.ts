import { TIMETABLE_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryTimetableRepository } from './in-memory-timetable-repository.js';

/** Timetables in memory. */
export const memoryTimetables: AdapterModule<MemoryDatabase> = (db) => [
  provide(TIMETABLE_REPOSITORY, new InMemoryTimetableRepository(db)),
];
