import { token, type Token } from '../shared/token.js';
import type { PageRequest, Page } from '../shared/pagination.js';
import type { CourseId, ReviewId, SchoolId } from '../shared/ids.js';
import type { Course } from './course.entity.js';
import type { Review } from './review.entity.js';

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
  /**
   * Oldest first by (createdAt, id); the keyset value is createdAt in epoch ms (a Keyset value is a
   * number, so the code cannot be the key; courses are usually loaded in catalogue order anyway).
   * One statement, served by an index on (school_id, semester, created_at, id).
   */
  search(filter: CourseFilter, page: PageRequest): Promise<Page<Course>>;
}
export const COURSE_REPOSITORY: Token<CourseRepository> = token('CourseRepository');

/**
 * Reviews move their course's ratingSum and reviewCount in the same transaction, by relative
 * updates, so the average is right after every change and never recounted. Each write method is
 * one unit of work of its own (it joins the caller's, if any): SQL locks the course row first
 * (SELECT ... FOR UPDATE), then writes the review and the counters, so concurrent reviews of one
 * course take turns and the counters never drift.
 */
export interface ReviewRepository {
  /** @throws AlreadyReviewed (unique course and author). */
  add(review: Review): Promise<void>;
  findById(id: ReviewId): Promise<Review | null>;
  /**
   * Writes rating, content and updatedAt; the course's sum moves by the new rating minus the rating
   * stored at the time of the write, read under the course lock. `previousRating` (what the caller
   * read earlier) is advisory: two concurrent edits of one review must not move the sum twice.
   * Does nothing when the review is gone.
   */
  update(review: Review, previousRating?: number): Promise<void>;
  /**
   * Deletes it and takes its stored rating off the counters; does nothing when already gone.
   * Returns whether this call deleted it.
   */
  remove(review: Review): Promise<boolean>;
  /** Newest first by (createdAt, id); keyset value createdAt in epoch ms. */
  listByCourse(courseId: CourseId, page: PageRequest): Promise<Page<Review>>;
}
export const REVIEW_REPOSITORY: Token<ReviewRepository> = token('ReviewRepository');
