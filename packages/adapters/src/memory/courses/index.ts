export { InMemoryCourseRepository } from './in-memory-course-repository.js';
export { InMemoryReviewRepository } from './in-memory-review-repository.js';
export { memoryCourses } from './courses.memory-module.js';
