import type { Cache } from '@campus/domain';
import { cacheCourseStores } from '../../cache/cached-course-repositories.js';
import { SystemClock } from '../../system/index.js';
import type { CoursesPorts } from './courses-fixtures.js';

/** The same ports behind the shared cache, as the server binds them (see `cachedBoardPorts`). */
export function cachedCoursesPorts(ports: CoursesPorts, cache: Cache): CoursesPorts {
  return { ...ports, ...cacheCourseStores(ports, cache, ports.uow, new SystemClock()) };
}
