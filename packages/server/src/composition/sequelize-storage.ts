import { InMemoryLoginAttemptStore, SequelizeAdapters } from '@campus/adapters';
import {
  DEPARTMENT_REPOSITORY,
  LOGIN_ATTEMPT_STORE,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  UNIT_OF_WORK,
  USER_REPOSITORY,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { OpenedStorage } from './tokens.js';

/** SQLite or MySQL through Sequelize; the schema is migrated before anything is bound. */
export async function openSequelizeStorage(url: string): Promise<OpenedStorage> {
  const adapters = await SequelizeAdapters.open(url);
  const module = new ContainerModule(({ bind }) => {
    bind(UNIT_OF_WORK).toConstantValue(adapters.unitOfWork);
    bind(USER_REPOSITORY).toConstantValue(adapters.users);
    bind(SCHOOL_REPOSITORY).toConstantValue(adapters.schools);
    bind(DEPARTMENT_REPOSITORY).toConstantValue(adapters.departments);
    bind(SESSION_REPOSITORY).toConstantValue(adapters.sessions);
    bind(LOGIN_ATTEMPT_STORE).toConstantValue(new InMemoryLoginAttemptStore());
  });
  return {
    kind: url.startsWith('mysql:') ? 'mysql' : 'sqlite',
    module,
    ping: () => adapters.ping(),
    isUnavailable: (error) => adapters.isUnavailable(error),
    close: () => adapters.close(),
  };
}
