import {
  DEPARTMENT_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  USER_REPOSITORY,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryDepartmentRepository, InMemorySchoolRepository } from './in-memory-school-repository.js';
import { InMemorySessionRepository } from './in-memory-session-repository.js';
import { InMemoryUserRepository } from './in-memory-user-repository.js';

/** Schools, departments, users and sessions in memory. */
export const memoryIdentity: AdapterModule<MemoryDatabase> = (db) => [
  provide(SCHOOL_REPOSITORY, new InMemorySchoolRepository(db)),
  provide(DEPARTMENT_REPOSITORY, new InMemoryDepartmentRepository(db)),
  provide(USER_REPOSITORY, new InMemoryUserRepository(db)),
  provide(SESSION_REPOSITORY, new InMemorySessionRepository(db)),
];
