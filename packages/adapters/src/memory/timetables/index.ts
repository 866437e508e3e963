export { InMemoryTimetableRepository } from './in-memory-timetable-repository.js';
export { memoryTimetables } from './timetables.memory-module.js';
