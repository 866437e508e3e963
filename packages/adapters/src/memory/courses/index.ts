export { InMemoryCourseRepository } from './in-memory-course-repository.js';
export { InMemoryReviewRepository } from './in-memory-review-repository.js';
export * from './courses.memory-module.js';
