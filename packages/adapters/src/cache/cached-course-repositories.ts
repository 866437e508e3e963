import {
  Course,
  CourseId,
  SchoolId,
  type Cache,
  type CourseFilter,
  type CourseRepository,
  type CourseState,
  type Page,
  type PageRequest,
  type Review,
  type ReviewId,
  type ReviewRepository,
} from '@campus/domain';

// Short: a read racing a review can put back a value from just before it, for at most this long.
const COURSE_TTL_MS = 30_000;
const courseKey = (id: string) => `course:${id}`;

/**
 * Course detail from the shared cache. A course is not personal, so one entry serves everyone;
 * every review change drops it (CachedReviewRepository), since its average and count move.
 */
export class CachedCourseRepository implements CourseRepository {
  constructor(
    private readonly inner: CourseRepository,
    private readonly cache: Cache,
  ) {}

  add(course: Course): Promise<void> {
    return this.inner.add(course);
  }

  async findById(id: CourseId): Promise<Course | null> {
    const cached = await this.cache.get(courseKey(id));
    if (cached) {
      const raw = JSON.parse(cached) as Omit<CourseState, 'createdAt'> & { createdAt: string };
      return Course.rehydrate({
        ...raw,
        id: CourseId(raw.id),
        schoolId: SchoolId(raw.schoolId),
        createdAt: new Date(raw.createdAt),
      });
    }
    const course = await this.inner.findById(id);
    if (course) await this.cache.setIfAbsent(courseKey(id), JSON.stringify(course.snapshot()), COURSE_TTL_MS);
    return course;
  }

  findManyByIds(ids: readonly CourseId[]): Promise<Course[]> {
    return this.inner.findManyByIds(ids);
  }

  search(filter: CourseFilter, page: PageRequest): Promise<Page<Course>> {
    return this.inner.search(filter, page);
  }
}

/** Writes through to the database, then drops the course's cached detail. */
export class CachedReviewRepository implements ReviewRepository {
  constructor(
    private readonly inner: ReviewRepository,
    private readonly cache: Cache,
  ) {}

  async add(review: Review): Promise<void> {
    await this.inner.add(review);
    await this.cache.delete([courseKey(review.courseId)]);
  }

  findById(id: ReviewId): Promise<Review | null> {
    return this.inner.findById(id);
  }

  async update(review: Review, previousRating?: number): Promise<void> {
    await this.inner.update(review, previousRating);
    await this.cache.delete([courseKey(review.courseId)]);
  }

  async remove(review: Review): Promise<void> {
    await this.inner.remove(review);
    await this.cache.delete([courseKey(review.courseId)]);
  }

  listByCourse(courseId: CourseId, page: PageRequest): Promise<Page<Review>> {
    return this.inner.listByCourse(courseId, page);
  }
}
