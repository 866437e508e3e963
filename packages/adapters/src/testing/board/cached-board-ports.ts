import {
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
} from '@campus/domain';
import { AFTER_COMMIT } from '../../cache/after-commit.js';
import type { CheckedCache } from '../../cache/checked-cache.js';
import { cachedBoard } from '../../cache/cached-board-stores.js';
import { CachedUserRepository, identityRetirements } from '../../cache/cached-identity-repositories.js';
import { retiringWrites } from '../../cache/retiring-writes.js';
import { ViewCache } from '../../cache/view-cache.js';
import { SystemClock } from '../../system/index.js';
import { cachedByName, type TokensOf } from '../cache/cached-by-name.js';
import type { BoardPorts } from './board-fixtures.js';

const TOKENS: TokensOf<BoardPorts> = {
  boards: BOARD_REPOSITORY,
  posts: POST_REPOSITORY,
  comments: COMMENT_REPOSITORY,
  postLikes: POST_LIKE_REPOSITORY,
  commentLikes: COMMENT_LIKE_REPOSITORY,
  scraps: POST_SCRAP_REPOSITORY,
  postReports: POST_REPORT_REPOSITORY,
  queries: POST_QUERIES,
  uow: AFTER_COMMIT,
};

/**
 * The same ports behind the view cache, as the server binds them (users included, since
 * nicknames show on board views): running the board contracts on these proves that caching
 * changes no answer (every contract reads after writing). Give `views` to share one view cache;
 * `boardViews` false caches the boards alone, as the server does with CACHE_BOARD_VIEWS=off.
 */
export function cachedBoardPorts(
  ports: BoardPorts,
  cache: CheckedCache,
  views = new ViewCache(cache, new SystemClock()),
  { boardViews = true }: { boardViews?: boolean } = {},
): BoardPorts {
  const stores = cachedByName(ports, TOKENS, [cachedBoard({ views: boardViews })], views);
  const users = retiringWrites(
    new CachedUserRepository(ports.users, views),
    (scopes) => views.retire(ports.uow, scopes),
    identityRetirements(ports.users).users,
  );
  return { ...stores, users };
}
