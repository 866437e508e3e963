import {
  CourseId,
  CourseNotFound,
  TimetableId,
  TimetableNotFound,
  type Actor,
  type TimetableRepository,
  type UnitOfWork,
} from '@campus/domain';
import type { TimetableDto, TimetableViews } from './timetables.dto.js';

export interface RemoveTimetableCourseInput {
  actor: Actor;
  timetableId: string;
  courseId: string;
}

export class RemoveTimetableCourse {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly timetables: TimetableRepository,
    private readonly views: TimetableViews,
  ) {}

  /** @throws TimetableNotFound, CourseNotFound (not in this timetable) */
  async execute({ actor, timetableId, courseId }: RemoveTimetableCourseInput): Promise<TimetableDto> {
    const timetable = await this.uow.run(async () => {
      await this.timetables.lockOwner(actor.id);
      const found = await this.timetables.findById(TimetableId(timetableId));
      if (!found) throw new TimetableNotFound();
      found.assertOwner(actor.id);
      if (!found.courseIds.includes(CourseId(courseId))) throw new CourseNotFound();
      await this.timetables.removeCourse(found.id, CourseId(courseId));
      return this.timetables.findById(found.id);
    });
    return this.views.one(timetable!);
  }
}
