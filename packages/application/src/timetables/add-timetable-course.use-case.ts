import {
  CourseId,
  CourseNotFound,
  TimetableId,
  TimetableNotFound,
  type Actor,
  type Clock,
  type CourseRepository,
  type TimetableRepository,
  type UnitOfWork,
} from '@campus/domain';
import type { TimetableDto, TimetableViews } from './timetables.dto.js';

export interface AddTimetableCourseInput {
  actor: Actor;
  timetableId: string;
  courseId: string;
}

export class AddTimetableCourse {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly timetables: TimetableRepository,
    private readonly courses: CourseRepository,
    private readonly views: TimetableViews,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks, in order: same school, same semester, not already added, no clash. The owner's lock
   * makes two concurrent clashing adds take turns, so at most one gets in.
   * @throws TimetableNotFound, CourseNotFound, SemesterMismatch, CourseAlreadyAdded, TimetableConflict
   */
  async execute({ actor, timetableId, courseId }: AddTimetableCourseInput): Promise<TimetableDto> {
    const timetable = await this.uow.run(async () => {
      await this.timetables.lockOwner(actor.id);
      const found = await this.timetables.findById(TimetableId(timetableId));
      if (!found) throw new TimetableNotFound();
      found.assertOwner(actor.id);
      const course = await this.courses.findById(CourseId(courseId));
      if (!course) throw new CourseNotFound();
      found.assertCanAdd(course, actor.schoolId, await this.courses.findManyByIds(found.courseIds));
      await this.timetables.addCourse(found.id, course.id, this.clock.now());
      return this.timetables.findById(found.id);
    });
    return this.views.one(timetable!);
  }
}
