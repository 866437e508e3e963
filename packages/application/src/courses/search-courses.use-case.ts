import {
  SchoolId,
  Semester,
  assertCourseSchoolMember,
  type Actor,
  type CourseRepository,
  type Keyset,
  type PageRequest,
} from '@campus/domain';
import { mapPage, toCourseDto, type CourseDto } from './courses.dto.js';

export interface SearchCoursesInput {
  actor: Actor;
  schoolId: string;
  semester: string;
  q?: string | undefined;
  professor?: string | undefined;
  page: PageRequest;
}

export class SearchCourses {
  constructor(private readonly courses: CourseRepository) {}

  /** Members of the school only. @throws NotCourseSchoolMember (NOT_SCHOOL_MEMBER), ValidationFailed */
  async execute({
    actor,
    schoolId,
    semester,
    q,
    professor,
    page,
  }: SearchCoursesInput): Promise<{ items: CourseDto[]; next: Keyset | null }> {
    assertCourseSchoolMember(actor, SchoolId(schoolId));
    const filter = { schoolId: SchoolId(schoolId), semester: Semester.parse(semester), q, professor };
    return mapPage(await this.courses.search(filter, page), toCourseDto);
  }
}
