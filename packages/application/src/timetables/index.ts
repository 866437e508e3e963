export { type TimetableDto, TimetableViews } from './timetables.dto.js';
export { CreateTimetable, type CreateTimetableInput } from './create-timetable.use-case.js';
export { ListMyTimetables, type ListMyTimetablesInput } from './list-my-timetables.use-case.js';
export { GetTimetable, type GetTimetableInput } from './get-timetable.use-case.js';
export { UpdateTimetable, type UpdateTimetableInput } from './update-timetable.use-case.js';
export { DeleteTimetable, type DeleteTimetableInput } from './delete-timetable.use-case.js';
export { AddTimetableCourse, type AddTimetableCourseInput } from './add-timetable-course.use-case.js';
export {
  RemoveTimetableCourse,
  type RemoveTimetableCourseInput,
} from './remove-timetable-course.use-case.js';
export {
  GetUserPrimaryTimetable,
  type GetUserPrimaryTimetableInput,
} from './get-user-primary-timetable.use-case.js';
export { timetablesUseCases, type TimetablesUseCases } from './timetables.use-cases.js';
