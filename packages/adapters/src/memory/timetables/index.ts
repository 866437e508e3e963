export { InMemoryTimetableRepository } from './in-memory-timetable-repository.js';
export * from './timetables.memory-module.js';
