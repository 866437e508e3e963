import type { CourseId, TimetableId, UserId } from '../shared/ids.js';
import type { Timetable } from './timetable.entity.js';

/**
 * Every change to a user's timetables runs in a unit of work that first calls `lockOwner`, so
 * concurrent requests of one user take turns (SELECT ... FOR UPDATE on the user's row in SQL):
 * two clashing adds or two "make primary" calls cannot both pass their checks.
 */
export interface TimetableRepository {
  lockOwner(ownerId: UserId): Promise<void>;
  /** @throws TimetableNameTaken (unique owner, semester and name). */
  add(timetable: Timetable): Promise<void>;
  findById(id: TimetableId): Promise<Timetable | null>;
  /** Oldest first; one semester or all. */
  listByOwner(ownerId: UserId, semester?: string): Promise<Timetable[]>;
  findPrimary(ownerId: UserId, semester: string): Promise<Timetable | null>;
  /** Writes name and visibility. @throws TimetableNameTaken */
  update(timetable: Timetable): Promise<void>;
  /** Makes `id` the only primary of its owner and semester. */
  makePrimary(id: TimetableId): Promise<void>;
  remove(id: TimetableId): Promise<void>;
  /** @throws CourseAlreadyAdded */
  addCourse(id: TimetableId, courseId: CourseId, at: Date): Promise<void>;
  removeCourse(id: TimetableId, courseId: CourseId): Promise<void>;
}
export const TIMETABLE_REPOSITORY = Symbol.for('campus.TimetableRepository');
