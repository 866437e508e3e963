import { CourseId, CourseNotFound, type CourseRepository } from '@campus/domain';
import { toCourseDto, type CourseDto } from './courses.dto.js';

export interface GetCourseInput {
  courseId: string;
}

/** The catalogue is readable by every signed-in user; reviewing is for members of the school. */
export class GetCourse {
  constructor(private readonly courses: CourseRepository) {}

  /** @throws CourseNotFound */
  async execute({ courseId }: GetCourseInput): Promise<CourseDto> {
    const course = await this.courses.findById(CourseId(courseId));
    if (!course) throw new CourseNotFound();
    return toCourseDto(course);
  }
}
