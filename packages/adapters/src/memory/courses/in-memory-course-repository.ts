import {
  AlreadyReviewed,
  Course,
  CourseExists,
  Review,
  pageFrom,
  type CourseFilter,
  type CourseId,
  type CourseRepository,
  type CourseState,
  type Page,
  type PageRequest,
  type ReviewId,
  type ReviewRepository,
  type ReviewState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

const contains = (text: string, q: string | undefined) =>
  q === undefined || text.toLowerCase().includes(q.toLowerCase());

export class InMemoryCourseRepository implements CourseRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<CourseState>('courses');
  }

  add(course: Course): Promise<void> {
    const row = course.snapshot();
    for (const other of this.rows.values()) {
      if (other.schoolId === row.schoolId && other.semester === row.semester && other.code === row.code) {
        return Promise.reject(new CourseExists());
      }
    }
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  findById(id: CourseId): Promise<Course | null> {
    const row = this.rows.get(id);
    return Promise.resolve(row ? Course.rehydrate(row) : null);
  }

  findManyByIds(ids: readonly CourseId[]): Promise<Course[]> {
    const rows = ids.map((id) => this.rows.get(id)).filter((row): row is CourseState => row !== undefined);
    return Promise.resolve(rows.map((row) => Course.rehydrate(row)));
  }

  search(filter: CourseFilter, page: PageRequest): Promise<Page<Course>> {
    const after = page.after;
    const rows = [...this.rows.values()]
      .filter((r) => r.schoolId === filter.schoolId && r.semester === filter.semester)
      .filter((r) => filter.q === undefined || contains(r.name, filter.q) || contains(r.code, filter.q))
      .filter((r) => contains(r.professor, filter.professor))
      .filter(
        (r) =>
          !after ||
          r.createdAt.getTime() > after.value ||
          (r.createdAt.getTime() === after.value && r.id > after.id),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      .slice(0, page.limit + 1)
      .map((r) => Course.rehydrate(r));
    return Promise.resolve(
      pageFrom(rows, page.limit, (c) => ({ value: c.snapshot().createdAt.getTime(), id: c.id })),
    );
  }
}

export class InMemoryReviewRepository implements ReviewRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<ReviewState>('reviews');
  }

  private bump(courseId: CourseId, sum: number, count: number): void {
    const courses = this.db.table<CourseState>('courses');
    const course = courses.get(courseId);
    if (course)
      courses.set(courseId, {
        ...course,
        ratingSum: course.ratingSum + sum,
        reviewCount: course.reviewCount + count,
      });
  }

  add(review: Review): Promise<void> {
    const row = review.snapshot();
    for (const other of this.rows.values()) {
      if (other.courseId === row.courseId && other.authorId === row.authorId)
        return Promise.reject(new AlreadyReviewed());
    }
    this.rows.set(row.id, row);
    this.bump(row.courseId, row.rating, 1);
    return Promise.resolve();
  }

  findById(id: ReviewId): Promise<Review | null> {
    const row = this.rows.get(id);
    return Promise.resolve(row ? Review.rehydrate(row) : null);
  }

  update(review: Review, previousRating: number): Promise<void> {
    const row = review.snapshot();
    const current = this.rows.get(row.id);
    if (!current) return Promise.resolve();
    this.rows.set(row.id, { ...current, rating: row.rating, content: row.content, updatedAt: row.updatedAt });
    this.bump(row.courseId, row.rating - previousRating, 0);
    return Promise.resolve();
  }

  remove(review: Review): Promise<void> {
    const current = this.rows.get(review.id);
    if (current && this.rows.delete(review.id)) this.bump(current.courseId, -current.rating, -1);
    return Promise.resolve();
  }

  listByCourse(courseId: CourseId, page: PageRequest): Promise<Page<Review>> {
    const after = page.after;
    const rows = [...this.rows.values()]
      .filter((r) => r.courseId === courseId)
      .filter(
        (r) =>
          !after ||
          r.createdAt.getTime() < after.value ||
          (r.createdAt.getTime() === after.value && r.id < after.id),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .slice(0, page.limit + 1)
      .map((r) => Review.rehydrate(r));
    return Promise.resolve(
      pageFrom(rows, page.limit, (r) => ({ value: r.snapshot().createdAt.getTime(), id: r.id })),
    );
  }
}
