import { SESSION_REPOSITORY, USER_REPOSITORY } from '@campus/domain';
import { cachedAccountDeletion } from './account-deletion-retirements.js';
import { AFTER_COMMIT } from './after-commit.js';
import { provide } from '../composition/provisions.js';
import type { CacheModule } from './cache-module.js';
import { cachedBlocking } from './cached-block-repository.js';
import { cachedBoard } from './cached-board-stores.js';
import { cachedCourses } from './cached-course-repositories.js';
import { cacheIdentityStores } from './cached-identity-repositories.js';

/** Users and sessions, read on every authenticated request. */
export const cachedIdentity: CacheModule = (get, views) => {
  const raw = { users: get(USER_REPOSITORY), sessions: get(SESSION_REPOSITORY) };
  const cached = cacheIdentityStores(raw, views, get(AFTER_COMMIT));
  return [provide(USER_REPOSITORY, cached.users), provide(SESSION_REPOSITORY, cached.sessions)];
};

/** Every feature's cache module: a feature with cached views adds its line here. */
export function cacheModules(options: { boardViews: boolean }): readonly CacheModule[] {
  return [
    cachedIdentity,
    cachedBoard({ views: options.boardViews }),
    cachedCourses,
    cachedAccountDeletion,
    cachedBlocking,
  ];
}
