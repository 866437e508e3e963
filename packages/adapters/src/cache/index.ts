export { CACHE, type Cache } from './cache.port.js';
export type { CheckedCache } from './checked-cache.js';
export { AFTER_COMMIT, type AfterCommit } from './after-commit.js';
export { ViewCache, type KeepLimits, type ViewCacheOptions } from './view-cache.js';
export type { CacheModule } from './cache-module.js';
export { cachedIdentity, cacheModules } from './cache-modules.js';
export { cachedBoard } from './cached-board-stores.js';
export { cachedCourses } from './cached-course-repositories.js';
export { cacheIdentityStores } from './cached-identity-repositories.js';
export { accountDeletionRetirements, cachedAccountDeletion } from './account-deletion-retirements.js';
export {
  blockRetirements,
  blocksErasureRetirements,
  blockScope,
  cachedBlocking,
} from './cached-block-repository.js';
