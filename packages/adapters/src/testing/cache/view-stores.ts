import {
  ANONYMOUS_ALIAS_REPOSITORY,
  BLOCK_REPOSITORY,
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  COURSE_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  REVIEW_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  USER_REPOSITORY,
  type Token,
} from '@campus/domain';
import { AFTER_COMMIT } from '../../cache/after-commit.js';
import { cacheModules } from '../../cache/cache-modules.js';
import type { ViewCache } from '../../cache/view-cache.js';
import { cachedByName } from './cached-by-name.js';
import type { ViewStores } from './view-contract-cases.js';

/** The token each store of the contract serves. */
const TOKENS: { [K in keyof ViewStores]: Token<ViewStores[K]> | Token<Partial<ViewStores[K]>> } = {
  boards: BOARD_REPOSITORY,
  posts: POST_REPOSITORY,
  comments: COMMENT_REPOSITORY,
  aliases: ANONYMOUS_ALIAS_REPOSITORY,
  postLikes: POST_LIKE_REPOSITORY,
  commentLikes: COMMENT_LIKE_REPOSITORY,
  scraps: POST_SCRAP_REPOSITORY,
  postReports: POST_REPORT_REPOSITORY,
  commentReports: COMMENT_REPORT_REPOSITORY,
  queries: POST_QUERIES,
  schools: SCHOOL_REPOSITORY,
  users: USER_REPOSITORY,
  uow: AFTER_COMMIT,
  sessions: SESSION_REPOSITORY,
  courses: COURSE_REPOSITORY,
  reviews: REVIEW_REPOSITORY,
  blocks: BLOCK_REPOSITORY,
};

/**
 * The stores behind one view cache, wrapped as the server wraps them: by every feature's cache
 * module (`cacheModules`), so a feature that adds one is under the contract at once.
 */
export function cachedViewStores(stores: ViewStores, views: ViewCache): ViewStores {
  return cachedByName(stores, TOKENS, cacheModules({ boardViews: true }), views);
}
