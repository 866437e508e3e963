import type { Resolve } from '@campus/domain';
import type { Provisions } from '../composition/provisions.js';
import type { ViewCache } from './view-cache.js';

/**
 * One feature's cache: the repositories it reads through the view cache, provided again under
 * their tokens around what `get` answers, their writes retiring views once the unit of work
 * commits. A feature with nothing cached has no cache module.
 */
export type CacheModule = (get: Resolve, views: ViewCache) => Provisions;
