import {
  checkPageRequest,
  SchoolId,
  Semester,
  assertCourseSchoolMember,
  type Actor,
  type CourseRepository,
  type Keyset,
  type PageRequest,
  type SchoolRepository,
} from '@campus/domain';
import { assertSchoolScope } from '../identity/school-scope.js';
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
  constructor(
    private readonly courses: CourseRepository,
    private readonly schools: SchoolRepository,
  ) {}

  /**
   * Members of the school only.
   * @throws SchoolNotFound, NotCourseSchoolMember (NOT_SCHOOL_MEMBER), ValidationFailed
   */
  async execute({
    actor,
    schoolId,
    semester,
    q,
    professor,
    page,
  }: SearchCoursesInput): Promise<{ items: CourseDto[]; next: Keyset | null }> {
    checkPageRequest(page);
    const parsed = Semester.parse(semester);
    await assertSchoolScope(actor, SchoolId(schoolId), this.schools, assertCourseSchoolMember);
    const filter = { schoolId: SchoolId(schoolId), semester: parsed, q, professor };
    return mapPage(await this.courses.search(filter, page), toCourseDto);
  }
}
