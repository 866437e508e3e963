import { ValidationFailed } from '../shared/errors.js';
import type { CourseId, SchoolId, TimetableId, UserId } from '../shared/ids.js';
import type { Course } from '../courses/course.entity.js';
import { CourseNotFound } from '../courses/courses.errors.js';
import { meetingsClash } from '../courses/courses.values.js';
import {
  CourseAlreadyAdded,
  SemesterMismatch,
  TimetableConflict,
  TimetableNotFound,
} from './timetables.errors.js';

export const VISIBILITIES = ['private', 'friends', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface TimetableState {
  id: TimetableId;
  ownerId: UserId;
  semester: string;
  name: string;
  visibility: Visibility;
  isPrimary: boolean;
  /** In the order they were added. */
  courseIds: CourseId[];
  createdAt: Date;
}

export const TimetableName = {
  parse(value: string): string {
    const name = value.trim();
    const length = [...name].length;
    if (length < 1 || length > 30) throw new ValidationFailed('name', 'Use 1 to 30 characters.');
    return name;
  },
  /** `시간표1`, `시간표2`, …: the first number no timetable of that semester uses yet. */
  firstFree(taken: readonly string[]): string {
    for (let n = 1; ; n++) if (!taken.includes(`시간표${n}`)) return `시간표${n}`;
  },
};

export class Timetable {
  private constructor(private state: TimetableState) {}

  static create(input: Omit<TimetableState, 'courseIds' | 'createdAt'>, now: Date): Timetable {
    return new Timetable({ ...input, name: TimetableName.parse(input.name), courseIds: [], createdAt: now });
  }

  static rehydrate(state: TimetableState): Timetable {
    return new Timetable({ ...state, courseIds: [...state.courseIds] });
  }

  get id(): TimetableId {
    return this.state.id;
  }
  get ownerId(): UserId {
    return this.state.ownerId;
  }
  get semester(): string {
    return this.state.semester;
  }
  get name(): string {
    return this.state.name;
  }
  get visibility(): Visibility {
    return this.state.visibility;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }
  get isPrimary(): boolean {
    return this.state.isPrimary;
  }
  get courseIds(): CourseId[] {
    return [...this.state.courseIds];
  }

  /**
   * Who may see it: the owner always; others if public, or if friends-only and they are friends
   * now. To anyone else it does not exist.
   */
  assertVisibleTo(viewerId: UserId, areFriends: boolean): void {
    if (viewerId === this.state.ownerId || this.state.visibility === 'public') return;
    if (this.state.visibility === 'friends' && areFriends) return;
    throw new TimetableNotFound();
  }

  /** @throws TimetableNotFound for anyone but the owner. */
  assertOwner(userId: UserId): void {
    if (userId !== this.state.ownerId) throw new TimetableNotFound();
  }

  rename(name: string): void {
    this.state = { ...this.state, name: TimetableName.parse(name) };
  }

  changeVisibility(visibility: Visibility): void {
    this.state = { ...this.state, visibility };
  }

  /**
   * The checks for adding a course, in the API's order: same school (else the course does not
   * exist for this user), same semester, not already added, no clash with a course in it.
   */
  assertCanAdd(course: Course, ownerSchoolId: SchoolId | null, current: readonly Course[]): void {
    if (course.schoolId !== ownerSchoolId) throw new CourseNotFound();
    if (course.semester !== this.state.semester) throw new SemesterMismatch();
    if (this.state.courseIds.includes(course.id)) throw new CourseAlreadyAdded();
    const clashing = clashingCourses(course, current);
    if (clashing.length > 0) throw new TimetableConflict(course, clashing);
  }

  snapshot(): TimetableState {
    return { ...this.state, courseIds: [...this.state.courseIds] };
  }
}

/** Every course of `current` with a meeting that clashes with one of `course`'s, in `current`'s order. */
export function clashingCourses(course: Course, current: readonly Course[]): Course[] {
  const times = course.times;
  return current.filter(
    (other) => other.id !== course.id && other.times.some((a) => times.some((b) => meetingsClash(a, b))),
  );
}

/** Total credits of the courses in a timetable. */
export const totalCredits = (courses: readonly Course[]): number =>
  courses.reduce((sum, c) => sum + c.credits, 0);

/**
 * The primary invariant: exactly one primary timetable per owner and semester. The first one is
 * primary; when the primary goes, the oldest remaining one (by createdAt, then id) takes over.
 */
export const PrimaryPolicy = {
  isFirst(existing: readonly Timetable[]): boolean {
    return existing.length === 0;
  },
  successor(remaining: readonly TimetableState[]): TimetableState | null {
    const sorted = [...remaining].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
    );
    return sorted[0] ?? null;
  },
};
