import {
  COURSE_REPOSITORY,
  REVIEW_REPOSITORY,
  Course,
  CourseId,
  SchoolId,
  type CourseFilter,
  type CourseRepository,
  type CourseState,
  type Page,
  type PageRequest,
  type ReviewRepository,
} from '@campus/domain';
import { provide } from '../composition/provisions.js';
import { AFTER_COMMIT } from './after-commit.js';
import type { CacheModule } from './cache-module.js';
import { retiringWrites, type Retirements } from './retiring-writes.js';
import type { View, ViewCache } from './view-cache.js';

const COURSE_TTL_MS = 60_000;
const courseScope = (id: string) => `scope:course:${id}`;
const courseView = (id: string): View => ({ key: `view:course:${id}`, scopes: [courseScope(id)] });

function decodeCourse(json: string): CourseState | null {
  const raw = JSON.parse(json) as (Omit<CourseState, 'createdAt'> & { createdAt: string }) | null;
  if (!raw) return null;
  return {
    ...raw,
    id: CourseId(raw.id),
    schoolId: SchoolId(raw.schoolId),
    createdAt: new Date(raw.createdAt),
  };
}

/** Which catalogue write retires which scopes: a course's detail shows its reviews' average and count. */
export const courseRetirements = {
  courses: { add: ([course]) => [courseScope(course.id)] } satisfies Retirements<CourseRepository>,
  reviews: {
    add: ([review]) => [courseScope(review.courseId)],
    update: ([review]) => [courseScope(review.courseId)],
    remove: ([review]) => [courseScope(review.courseId)],
  } satisfies Retirements<ReviewRepository>,
};

/** Course detail from the view cache, one entry for everyone (nothing personal in it). */
export class CachedCourseRepository implements CourseRepository {
  constructor(
    private readonly inner: CourseRepository,
    private readonly views: ViewCache,
  ) {}

  add(course: Course): Promise<void> {
    return this.inner.add(course);
  }

  async findById(id: CourseId): Promise<Course | null> {
    const state = await this.views.read(
      courseView(id),
      COURSE_TTL_MS,
      async () => (await this.inner.findById(id))?.snapshot() ?? null,
      decodeCourse,
    );
    return state && Course.rehydrate(state);
  }

  findManyByIds(ids: readonly CourseId[]): Promise<Course[]> {
    return this.inner.findManyByIds(ids);
  }

  search(filter: CourseFilter, page: PageRequest): Promise<Page<Course>> {
    return this.inner.search(filter, page);
  }
}

/** Course details read from the view cache; course and review writes retiring them (`courseRetirements`). */
export const cachedCourses: CacheModule = (get, views) => {
  const uow = get(AFTER_COMMIT);
  const retire = (scopes: readonly string[]) => views.retire(uow, scopes);
  const courses = new CachedCourseRepository(get(COURSE_REPOSITORY), views);
  return [
    provide(COURSE_REPOSITORY, retiringWrites(courses, retire, courseRetirements.courses)),
    provide(REVIEW_REPOSITORY, retiringWrites(get(REVIEW_REPOSITORY), retire, courseRetirements.reviews)),
  ];
};
