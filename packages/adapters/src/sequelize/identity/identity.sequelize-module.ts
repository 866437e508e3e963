import {
  DEPARTMENT_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  USER_REPOSITORY,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { initIdentityModels } from './identity.models.js';
import {
  SequelizeDepartmentRepository,
  SequelizeSchoolRepository,
  SequelizeUserRepository,
} from './sequelize-identity-repositories.js';
import { SequelizeSessionRepository } from './sequelize-session-repository.js';

/** Schools, departments and users on Sequelize models; sessions in hand-written SQL. */
export const sequelizeIdentity: AdapterModule<SequelizeHandle> = ({
  sequelize,
  transactions,
  unitOfWork,
  sql,
}) => {
  const models = initIdentityModels(sequelize);
  return [
    provide(SCHOOL_REPOSITORY, new SequelizeSchoolRepository(models, transactions)),
    provide(DEPARTMENT_REPOSITORY, new SequelizeDepartmentRepository(models, transactions)),
    provide(USER_REPOSITORY, new SequelizeUserRepository(models, transactions)),
    provide(SESSION_REPOSITORY, new SequelizeSessionRepository(sql, unitOfWork)),
  ];
};
