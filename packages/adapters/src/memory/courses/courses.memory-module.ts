import { COURSE_REPOSITORY, REVIEW_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryCourseRepository } from './in-memory-course-repository.js';
import { InMemoryReviewRepository } from './in-memory-review-repository.js';

/** The course catalogue and its reviews in memory. */
export const memoryCourses: AdapterModule<MemoryDatabase> = (db) => [
  provide(COURSE_REPOSITORY, new InMemoryCourseRepository(db)),
  provide(REVIEW_REPOSITORY, new InMemoryReviewRepository(db)),
];
