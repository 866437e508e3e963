export { CACHE, type Cache } from './cache.port.js';
export type { CheckedCache } from './checked-cache.js';
export type { AfterCommit } from './after-commit.js';
export { ViewCache, type KeepLimits, type ViewCacheOptions } from './view-cache.js';
export { cacheIdentityStores } from './cached-identity-repositories.js';
export { cacheCourseStores, type CourseStores } from './cached-course-repositories.js';
export { cacheBoardRows, cacheBoardStores, type BoardStores } from './cached-board-stores.js';
