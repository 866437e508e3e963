import { COURSE_REPOSITORY, REVIEW_REPOSITORY, SCHOOL_REPOSITORY, USER_REPOSITORY } from '@campus/domain';
import { AFTER_COMMIT } from '../../cache/after-commit.js';
import { cachedCourses } from '../../cache/cached-course-repositories.js';
import type { CheckedCache } from '../../cache/checked-cache.js';
import { ViewCache } from '../../cache/view-cache.js';
import { SystemClock } from '../../system/index.js';
import { cachedByName, type TokensOf } from '../cache/cached-by-name.js';
import type { CoursesPorts } from './courses-fixtures.js';

const TOKENS: TokensOf<CoursesPorts> = {
  schools: SCHOOL_REPOSITORY,
  users: USER_REPOSITORY,
  courses: COURSE_REPOSITORY,
  reviews: REVIEW_REPOSITORY,
  uow: AFTER_COMMIT,
};

/** The same ports behind the view cache, as the server binds them (see `cachedBoardPorts`). */
export function cachedCoursesPorts(
  ports: CoursesPorts,
  cache: CheckedCache,
  views = new ViewCache(cache, new SystemClock()),
): CoursesPorts {
  return cachedByName(ports, TOKENS, [cachedCourses], views);
}
