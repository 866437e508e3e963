import type { Cache } from '@campus/domain';
import { cacheBoardStores } from '../../cache/cached-board-stores.js';
import { SystemClock } from '../../system/index.js';
import type { BoardPorts } from './board-fixtures.js';

/**
 * The same ports behind the shared view cache, as the server binds them: running the board
 * contracts on these proves that caching changes no answer (every contract reads after writing).
 */
export function cachedBoardPorts(ports: BoardPorts, cache: Cache): BoardPorts {
  const { stores, users } = cacheBoardStores(
    { ...ports, postQueries: ports.queries },
    ports.users,
    cache,
    ports.uow,
    new SystemClock(),
  );
  return { ...ports, ...stores, queries: stores.postQueries, users };
}
