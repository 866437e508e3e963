import {
  CourseId,
  CourseNotFound,
  assertCourseSchoolMember,
  type Actor,
  type CourseRepository,
} from '@campus/domain';
import { toCourseDto, type CourseDto } from './courses.dto.js';

export interface GetCourseInput {
  actor: Actor;
  courseId: string;
}

/** A member reads their own school's catalogue only, as its search and reviews (admins: all). */
export class GetCourse {
  constructor(private readonly courses: CourseRepository) {}

  /** @throws CourseNotFound, NotCourseSchoolMember (NOT_SCHOOL_MEMBER) */
  async execute({ actor, courseId }: GetCourseInput): Promise<CourseDto> {
    const course = await this.courses.findById(CourseId(courseId));
    if (!course) throw new CourseNotFound();
    assertCourseSchoolMember(actor, course.schoolId);
    return toCourseDto(course);
  }
}
