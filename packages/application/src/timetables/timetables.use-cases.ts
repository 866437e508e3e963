import {
  CLOCK,
  COURSE_REPOSITORY as COURSES,
  FRIENDSHIP_REPOSITORY as FRIENDSHIPS,
  ID_GENERATOR as IDS,
  TIMETABLE_REPOSITORY as TIMETABLES,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { AddTimetableCourse } from './add-timetable-course.use-case.js';
import { CreateTimetable } from './create-timetable.use-case.js';
import { DeleteTimetable } from './delete-timetable.use-case.js';
import { GetTimetable } from './get-timetable.use-case.js';
import { GetUserPrimaryTimetable } from './get-user-primary-timetable.use-case.js';
import { ListMyTimetables } from './list-my-timetables.use-case.js';
import { RemoveTimetableCourse } from './remove-timetable-course.use-case.js';
import { TimetableViews } from './timetables.dto.js';
import { UpdateTimetable } from './update-timetable.use-case.js';

const views = useCase(TimetableViews, [USERS, COURSES]);

/** Timetables: courses placed in weekly slots, visible to friends. */
export const timetablesUseCases = {
  createTimetable: useCase(CreateTimetable, [UOW, TIMETABLES, views, IDS, CLOCK]),
  listMyTimetables: useCase(ListMyTimetables, [TIMETABLES, views]),
  getTimetable: useCase(GetTimetable, [TIMETABLES, FRIENDSHIPS, views]),
  updateTimetable: useCase(UpdateTimetable, [UOW, TIMETABLES, views]),
  deleteTimetable: useCase(DeleteTimetable, [UOW, TIMETABLES]),
  addTimetableCourse: useCase(AddTimetableCourse, [UOW, TIMETABLES, COURSES, views, CLOCK]),
  removeTimetableCourse: useCase(RemoveTimetableCourse, [UOW, TIMETABLES, views]),
  getUserPrimaryTimetable: useCase(GetUserPrimaryTimetable, [USERS, TIMETABLES, FRIENDSHIPS, views]),
};

export type TimetablesUseCases = UseCasesOf<typeof timetablesUseCases>;
