import type { PageRequest, Page } from '../shared/pagination.js';
import type { CourseId, ReviewId, SchoolId } from '../shared/ids.js';
import type { Course, Review } from './course.entity.js';

export interface CourseFilter {
  schoolId: SchoolId;
  semester: string;
  /** Case-insensitive substring of the name or the code; `%` and `_` match themselves. */
  q?: string | undefined;
  /** Case-insensitive substring of the professor's name. */
  professor?: string | undefined;
}

export interface CourseRepository {
  /** @throws CourseExists (unique school, semester and code). */
  add(course: Course): Promise<void>;
  findById(id: CourseId): Promise<Course | null>;
  /** In the order of `ids`; unknown ids are left out. */
  findManyByIds(ids: readonly CourseId[]): Promise<Course[]>;
  /** Oldest first by (createdAt, id); the keyset value is createdAt in epoch ms. One statement. */
  search(filter: CourseFilter, page: PageRequest): Promise<Page<Course>>;
}
export const COURSE_REPOSITORY = Symbol.for('campus.CourseRepository');

/**
 * Reviews move their course's ratingSum and reviewCount in the same transaction, by relative
 * updates, so the average is right after every change and never recounted.
 */
export interface ReviewRepository {
  /** @throws AlreadyReviewed (unique course and author). */
  add(review: Review): Promise<void>;
  findById(id: ReviewId): Promise<Review | null>;
  /** Writes rating, content and updatedAt; the course's sum moves by the rating's change. */
  update(review: Review, previousRating: number): Promise<void>;
  remove(review: Review): Promise<void>;
  /** Newest first by (createdAt, id); keyset value createdAt in epoch ms. */
  listByCourse(courseId: CourseId, page: PageRequest): Promise<Page<Review>>;
}
export const REVIEW_REPOSITORY = Symbol.for('campus.ReviewRepository');
