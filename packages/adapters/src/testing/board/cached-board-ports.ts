import type { CheckedCache } from '../../cache/checked-cache.js';
import { cacheBoardStores } from '../../cache/cached-board-stores.js';
import { CachedUserRepository, identityRetirements } from '../../cache/cached-identity-repositories.js';
import { retiringWrites } from '../../cache/retiring-writes.js';
import { ViewCache } from '../../cache/view-cache.js';
import { SystemClock } from '../../system/index.js';
import type { BoardPorts } from './board-fixtures.js';

/**
 * The same ports behind the view cache, as the server binds them (users included, since
 * nicknames show on board views): running the board contracts on these proves that caching
 * changes no answer (every contract reads after writing). Give `views` to share one view cache.
 */
export function cachedBoardPorts(
  ports: BoardPorts,
  cache: CheckedCache,
  views = new ViewCache(cache, new SystemClock()),
): BoardPorts {
  const stores = cacheBoardStores({ ...ports, postQueries: ports.queries }, views, ports.uow);
  const users = retiringWrites(
    new CachedUserRepository(ports.users, views),
    (scopes) => views.retire(ports.uow, scopes),
    identityRetirements(ports.users).users,
  );
  return { ...ports, ...stores, queries: stores.postQueries, users };
}
