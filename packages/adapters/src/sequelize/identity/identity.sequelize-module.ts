import {
  DEPARTMENT_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  USER_REPOSITORY,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import {
  SequelizeDepartmentRepository,
  SequelizeSchoolRepository,
  SequelizeUserRepository,
} from './sequelize-identity-repositories.js';
import { SequelizeSessionRepository } from './sequelize-session-repository.js';

/** Schools, departments, users and sessions, in hand-written SQL. */
export const sequelizeIdentity: AdapterModule<SequelizeHandle> = ({ transactions, unitOfWork, sql }) => [
  provide(SCHOOL_REPOSITORY, new SequelizeSchoolRepository(sql, transactions)),
  provide(DEPARTMENT_REPOSITORY, new SequelizeDepartmentRepository(sql, transactions)),
  provide(USER_REPOSITORY, new SequelizeUserRepository(sql, transactions)),
  provide(SESSION_REPOSITORY, new SequelizeSessionRepository(sql, unitOfWork)),
];
