export {
  CourseAlreadyAdded,
  SemesterMismatch,
  TimetableConflict,
  TimetableNameTaken,
  TimetableNotFound,
} from './timetables.errors.js';
export {
  clashingCourses,
  PrimaryPolicy,
  Timetable,
  TimetableName,
  type TimetableState,
  totalCredits,
  VISIBILITIES,
  type Visibility,
} from './timetable.entity.js';
export { TIMETABLE_REPOSITORY, type TimetableRepository } from './timetables.ports.js';
