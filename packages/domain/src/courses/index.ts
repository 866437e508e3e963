export * from './courses.errors.js';
export * from './courses.values.js';
export * from './course.entity.js';
export * from './review.entity.js';
export * from './course-access.policy.js';
export * from './courses.ports.js';
