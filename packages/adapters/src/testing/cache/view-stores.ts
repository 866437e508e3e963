import {
  ACCOUNT_REMOVAL,
  ANONYMOUS_ALIAS_REPOSITORY,
  BOARD_ERASURE,
  COURSES_ERASURE,
  ERASED_IDS,
  BLOCK_REPOSITORY,
  BLOCKS_ERASURE,
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
  type Resolve,
  type Token,
} from '@campus/domain';
import { AFTER_COMMIT } from '../../cache/after-commit.js';
import { cacheModules } from '../../cache/cache-modules.js';
import type { ViewCache } from '../../cache/view-cache.js';
import { cachedByName } from './cached-by-name.js';
import type { ViewStores } from './view-contract-cases.js';

/** The token each store of the contract serves. */
const TOKENS: {
  [K in Exclude<keyof ViewStores, 'coursesErasure' | 'erasedIds'>]:
    Token<ViewStores[K]> | Token<Partial<ViewStores[K]>>;
} = {
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
  removal: ACCOUNT_REMOVAL,
  boardErasure: BOARD_ERASURE,
  blocks: BLOCK_REPOSITORY,
  blocksErasure: BLOCKS_ERASURE,
};

/** The account-deletion stores of a storage's ports, for `ViewStores`. */
export function accountDeletionStores(
  get: Resolve,
): Pick<ViewStores, 'removal' | 'boardErasure' | 'coursesErasure' | 'erasedIds' | 'blocksErasure'> {
  return {
    blocksErasure: get(BLOCKS_ERASURE),
    removal: get(ACCOUNT_REMOVAL),
    boardErasure: get(BOARD_ERASURE),
    coursesErasure: get(COURSES_ERASURE),
    erasedIds: get(ERASED_IDS),
  };
}

/**
 * The stores behind one view cache, wrapped as the server wraps them: by every feature's cache
 * module (`cacheModules`), so a feature that adds one is under the contract at once.
 */
export function cachedViewStores(stores: ViewStores, views: ViewCache): ViewStores {
  return cachedByName(stores, TOKENS, cacheModules({ boardViews: true }), views);
}
