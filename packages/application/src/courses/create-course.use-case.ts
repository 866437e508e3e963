import {
  Course,
  CourseId,
  Forbidden,
  SchoolId,
  SchoolNotFound,
  isAdmin,
  type Actor,
  type Clock,
  type CourseRepository,
  type IdGenerator,
  type MeetingTime,
  type SchoolRepository,
} from '@campus/domain';
import { toCourseDto, type CourseDto } from './courses.dto.js';

export interface CreateCourseInput {
  actor: Actor;
  schoolId: string;
  semester: string;
  code: string;
  name: string;
  professor: string;
  credits: number;
  times: MeetingTime[];
}

export class CreateCourse {
  constructor(
    private readonly schools: SchoolRepository,
    private readonly courses: CourseRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** @throws Forbidden (admins only), SchoolNotFound, ValidationFailed, CourseExists */
  async execute({ actor, schoolId, ...input }: CreateCourseInput): Promise<CourseDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    const school = await this.schools.findById(SchoolId(schoolId));
    if (!school) throw new SchoolNotFound();
    const course = Course.create(
      { ...input, id: CourseId(this.ids.next()), schoolId: school.id },
      this.clock.now(),
    );
    await this.courses.add(course);
    return toCourseDto(course);
  }
}
