export * from './timetables.errors.js';
export * from './timetable.entity.js';
export * from './timetables.ports.js';
