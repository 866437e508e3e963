import type { CheckedCache } from '../../cache/checked-cache.js';
import { cacheCourseStores } from '../../cache/cached-course-repositories.js';
import { ViewCache } from '../../cache/view-cache.js';
import { SystemClock } from '../../system/index.js';
import type { CoursesPorts } from './courses-fixtures.js';

/** The same ports behind the view cache, as the server binds them (see `cachedBoardPorts`). */
export function cachedCoursesPorts(
  ports: CoursesPorts,
  cache: CheckedCache,
  views = new ViewCache(cache, new SystemClock()),
): CoursesPorts {
  return { ...ports, ...cacheCourseStores(ports, views, ports.uow) };
}
