export * from './in-memory-friends.js';
export * from './in-memory-courses.js';
export * from './in-memory-timetables.js';
