import {
  AlreadyReviewed,
  Review,
  pageFrom,
  type CourseId,
  type Page,
  type PageRequest,
  type ReviewId,
  type ReviewRepository,
  type ReviewState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { coursesTable } from './in-memory-course-repository.js';

/**
 * Every write does all of its work synchronously (the review row and the course's counters), so
 * it is atomic like the SQL transaction that locks the course row first.
 */
export class InMemoryReviewRepository implements ReviewRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private rows() {
    return this.db.table<ReviewState>('reviews');
  }

  /** `ratingSum += sum, reviewCount += count` on the course row. */
  private move(courseId: CourseId, sum: number, count: number): void {
    const courses = coursesTable(this.db);
    const course = courses.get(courseId);
    if (!course) return;
    courses.set(courseId, {
      ...course,
      ratingSum: course.ratingSum + sum,
      reviewCount: course.reviewCount + count,
    });
  }

  add(review: Review): Promise<void> {
    const row = structuredClone(review.snapshot());
    for (const other of this.rows().values()) {
      if (other.courseId === row.courseId && other.authorId === row.authorId)
        return Promise.reject(new AlreadyReviewed());
    }
    this.rows().set(row.id, row);
    this.move(row.courseId, row.rating, 1);
    return Promise.resolve();
  }

  findById(id: ReviewId): Promise<Review | null> {
    const row = this.rows().get(id);
    return Promise.resolve(row ? Review.rehydrate(structuredClone(row)) : null);
  }

  /** The counter moves by the difference to the stored rating, never to what the caller read. */
  update(review: Review): Promise<void> {
    const next = review.snapshot();
    const stored = this.rows().get(next.id);
    if (!stored) return Promise.resolve();
    this.rows().set(next.id, {
      ...stored,
      rating: next.rating,
      content: next.content,
      updatedAt: new Date(next.updatedAt),
    });
    this.move(stored.courseId, next.rating - stored.rating, 0);
    return Promise.resolve();
  }

  remove(review: Review): Promise<boolean> {
    const stored = this.rows().get(review.id);
    if (!stored || !this.rows().delete(review.id)) return Promise.resolve(false);
    this.move(stored.courseId, -stored.rating, -1);
    return Promise.resolve(true);
  }

  /** Newest first by (createdAt, id). */
  listByCourse(courseId: CourseId, page: PageRequest): Promise<Page<Review>> {
    const after = page.after;
    const rows = [...this.rows().values()]
      .filter((r) => r.courseId === courseId)
      .filter(
        (r) =>
          !after ||
          r.createdAt.getTime() < after.value ||
          (r.createdAt.getTime() === after.value && r.id < after.id),
      )
      .sort(
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
      )
      .slice(0, page.limit + 1)
      .map((r) => Review.rehydrate(structuredClone(r)));
    return Promise.resolve(pageFrom(rows, page.limit, (r) => ({ value: r.createdAt.getTime(), id: r.id })));
  }
}
