export { InMemoryTimetableRepository } from './in-memory-timetable-repository.js';
