import {
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPOSITORY,
  COURSE_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  REVIEW_REPOSITORY,
  SESSION_REPOSITORY,
  UNIT_OF_WORK,
  USER_REPOSITORY,
  type Resolve,
} from '@campus/domain';
import { provide, type Provisions } from '../composition/provisions.js';
import { cacheBoardRows, cacheBoardStores, type BoardStores } from './cached-board-stores.js';
import { cacheCourseStores } from './cached-course-repositories.js';
import { cacheIdentityStores } from './cached-identity-repositories.js';
import type { ViewCache } from './view-cache.js';

/**
 * One feature's cache: the repositories it reads through the view cache, provided again under
 * their tokens around what `get` answers, their writes retiring views once the unit of work
 * commits. A feature with nothing cached has no cache module.
 */
export type CacheModule = (get: Resolve, views: ViewCache) => Provisions;

/** Users and sessions, read on every authenticated request. */
export const cachedIdentity: CacheModule = (get, views) => {
  const raw = { users: get(USER_REPOSITORY), sessions: get(SESSION_REPOSITORY) };
  const cached = cacheIdentityStores(raw, views, get(UNIT_OF_WORK));
  return [provide(USER_REPOSITORY, cached.users), provide(SESSION_REPOSITORY, cached.sessions)];
};

/** The board's stores; `views` false caches only the boards themselves (CACHE_BOARD_VIEWS=off). */
export function cachedBoard({ views: boardViews }: { views: boolean }): CacheModule {
  return (get, views) => {
    const raw: BoardStores = {
      boards: get(BOARD_REPOSITORY),
      posts: get(POST_REPOSITORY),
      comments: get(COMMENT_REPOSITORY),
      postLikes: get(POST_LIKE_REPOSITORY),
      commentLikes: get(COMMENT_LIKE_REPOSITORY),
      scraps: get(POST_SCRAP_REPOSITORY),
      postReports: get(POST_REPORT_REPOSITORY),
      postQueries: get(POST_QUERIES),
    };
    const cached = (boardViews ? cacheBoardStores : cacheBoardRows)(raw, views, get(UNIT_OF_WORK));
    return [
      provide(BOARD_REPOSITORY, cached.boards),
      provide(POST_REPOSITORY, cached.posts),
      provide(COMMENT_REPOSITORY, cached.comments),
      provide(POST_LIKE_REPOSITORY, cached.postLikes),
      provide(COMMENT_LIKE_REPOSITORY, cached.commentLikes),
      provide(POST_SCRAP_REPOSITORY, cached.scraps),
      provide(POST_REPORT_REPOSITORY, cached.postReports),
      provide(POST_QUERIES, cached.postQueries),
    ];
  };
}

/** Course details, with review writes retiring them. */
export const cachedCourses: CacheModule = (get, views) => {
  const raw = { courses: get(COURSE_REPOSITORY), reviews: get(REVIEW_REPOSITORY) };
  const cached = cacheCourseStores(raw, views, get(UNIT_OF_WORK));
  return [provide(COURSE_REPOSITORY, cached.courses), provide(REVIEW_REPOSITORY, cached.reviews)];
};

/** Every feature's cache module: a feature with cached views adds its line here. */
export function cacheModules(options: { boardViews: boolean }): readonly CacheModule[] {
  return [cachedIdentity, cachedBoard({ views: options.boardViews }), cachedCourses];
}
