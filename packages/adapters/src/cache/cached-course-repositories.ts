import {
  Course,
  CourseId,
  SchoolId,
  type Cache,
  type Clock,
  type CourseFilter,
  type CourseRepository,
  type CourseState,
  type Page,
  type PageRequest,
  type Review,
  type ReviewId,
  type ReviewRepository,
  type UnitOfWork,
} from '@campus/domain';
import { ViewCache, type View } from './view-cache.js';

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

/**
 * Course detail from the shared cache, versioned like the board's views (see `ViewCache`). A
 * course is not personal, so one entry serves everyone; every review change retires it once its
 * unit of work commits, since the course's average and count move.
 */
export class CachedCourseRepository implements CourseRepository {
  constructor(
    private readonly inner: CourseRepository,
    private readonly views: ViewCache,
    private readonly uow: UnitOfWork,
  ) {}

  async add(course: Course): Promise<void> {
    await this.inner.add(course);
    await this.views.retire(this.uow, [courseScope(course.id)]);
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

/** Writes through to the database, then retires the course's cached detail. */
export class CachedReviewRepository implements ReviewRepository {
  constructor(
    private readonly inner: ReviewRepository,
    private readonly views: ViewCache,
    private readonly uow: UnitOfWork,
  ) {}

  async add(review: Review): Promise<void> {
    await this.inner.add(review);
    await this.views.retire(this.uow, [courseScope(review.courseId)]);
  }

  findById(id: ReviewId): Promise<Review | null> {
    return this.inner.findById(id);
  }

  async update(review: Review, previousRating?: number): Promise<void> {
    await this.inner.update(review, previousRating);
    await this.views.retire(this.uow, [courseScope(review.courseId)]);
  }

  async remove(review: Review): Promise<boolean> {
    if (!(await this.inner.remove(review))) return false;
    await this.views.retire(this.uow, [courseScope(review.courseId)]);
    return true;
  }

  listByCourse(courseId: CourseId, page: PageRequest): Promise<Page<Review>> {
    return this.inner.listByCourse(courseId, page);
  }
}

/** The catalogue's stores, as the composition root binds them. */
export interface CourseStores {
  courses: CourseRepository;
  reviews: ReviewRepository;
}

/** Wraps courses and reviews with the shared cache: course details read from it, reviews retiring them. */
export function cacheCourseStores(
  stores: CourseStores,
  cache: Cache,
  uow: UnitOfWork,
  clock: Clock,
): CourseStores {
  const views = new ViewCache(cache, clock);
  return {
    courses: new CachedCourseRepository(stores.courses, views, uow),
    reviews: new CachedReviewRepository(stores.reviews, views, uow),
  };
}
