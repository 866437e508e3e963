export * from './courses.errors.js';
export * from './courses.values.js';
export * from './course.entity.js';
export * from './courses.ports.js';
