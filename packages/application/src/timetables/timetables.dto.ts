import {
  totalCredits,
  type Course,
  type CourseId,
  type CourseRepository,
  type Timetable,
  type UserRepository,
  type Visibility,
} from '@campus/domain';
import type { PublicUserDto } from '../identity/identity.dto.js';
import { profilesOf } from '../friends/friends.dto.js';
import { toCourseDto, type CourseDto } from '../courses/courses.dto.js';

export interface TimetableDto {
  id: string;
  semester: string;
  name: string;
  visibility: Visibility;
  isPrimary: boolean;
  courses: CourseDto[];
  totalCredits: number;
  createdAt: Date;
  owner: PublicUserDto;
}

/** Builds timetables with their owners and courses in two reads, however many there are. */
export class TimetableViews {
  constructor(
    private readonly users: UserRepository,
    private readonly courses: CourseRepository,
  ) {}

  async one(timetable: Timetable): Promise<TimetableDto> {
    const [dto] = await this.many([timetable]);
    return dto!;
  }

  async many(timetables: readonly Timetable[]): Promise<TimetableDto[]> {
    const courseIds = [...new Set(timetables.flatMap((t) => t.courseIds))];
    const [owners, courses] = await Promise.all([
      profilesOf(
        this.users,
        timetables.map((t) => t.ownerId),
      ),
      courseIds.length > 0 ? this.courses.findManyByIds(courseIds) : Promise.resolve([]),
    ]);
    const byId = new Map<CourseId, Course>(courses.map((c) => [c.id, c]));
    return timetables.map((timetable) => {
      const s = timetable.snapshot();
      const own = s.courseIds.map((id) => byId.get(id)).filter((c): c is Course => c !== undefined);
      return {
        id: s.id,
        semester: s.semester,
        name: s.name,
        visibility: s.visibility,
        isPrimary: s.isPrimary,
        courses: own.map(toCourseDto),
        totalCredits: totalCredits(own),
        createdAt: s.createdAt,
        owner: owners.get(s.ownerId)!,
      };
    });
  }
}
