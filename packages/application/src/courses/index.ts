export * from './courses.dto.js';
export * from './create-course.use-case.js';
export * from './search-courses.use-case.js';
export * from './get-course.use-case.js';
export * from './create-review.use-case.js';
export * from './list-reviews.use-case.js';
export * from './update-review.use-case.js';
export * from './delete-review.use-case.js';
