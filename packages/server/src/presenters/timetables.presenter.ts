import { isoTime } from '@campus/adapters/system';
import type { TimetableDto } from '@campus/application';
import { presentCourse } from './courses.presenter.js';
import { presentUser } from './identity.presenter.js';

export function presentTimetable(timetable: TimetableDto) {
  return {
    id: timetable.id,
    semester: timetable.semester,
    name: timetable.name,
    visibility: timetable.visibility,
    isPrimary: timetable.isPrimary,
    courses: timetable.courses.map(presentCourse),
    totalCredits: timetable.totalCredits,
    createdAt: isoTime(timetable.createdAt),
    owner: presentUser(timetable.owner),
  };
}
