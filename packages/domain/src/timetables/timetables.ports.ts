import { token, type Token } from '../shared/token.js';
import type { CourseId, TimetableId, UserId } from '../shared/ids.js';
import type { Timetable } from './timetable.entity.js';

/**
 * Every change to a user's timetables runs in a unit of work that first calls `lockOwner`, so
 * concurrent requests of one user take turns (SELECT ... FOR UPDATE on the user's row in SQL):
 * two clashing adds, two creates racing for the first (primary) slot, or two "make primary" calls
 * cannot both pass their checks. The lock is the owner, not the timetable, because the primary
 * invariant spans all of the owner's timetables of a semester. Reads take no lock.
 * A read returns a timetable with its course ids (two statements in SQL: rows, then links).
 */
export interface TimetableRepository {
  /** Holds the owner's lock until the surrounding unit of work ends; call it first in that unit. */
  lockOwner(ownerId: UserId): Promise<void>;
  /** @throws TimetableNameTaken (unique owner, semester and name). */
  add(timetable: Timetable): Promise<void>;
  findById(id: TimetableId): Promise<Timetable | null>;
  /** Oldest first by (createdAt, id); one semester or all. */
  listByOwner(ownerId: UserId, semester?: string): Promise<Timetable[]>;
  findPrimary(ownerId: UserId, semester: string): Promise<Timetable | null>;
  /** Writes name and visibility. @throws TimetableNameTaken */
  update(timetable: Timetable): Promise<void>;
  /** Makes `id` the only primary of its owner and semester, in one statement; no-op when `id` is gone. */
  makePrimary(id: TimetableId): Promise<void>;
  /** Deletes it with its course links; the caller passes the primary mark on (PrimaryPolicy). */
  remove(id: TimetableId): Promise<void>;
  /** Links `courseId`; course ids read back ordered by (added at, course id). @throws CourseAlreadyAdded */
  addCourse(id: TimetableId, courseId: CourseId, at: Date): Promise<void>;
  removeCourse(id: TimetableId, courseId: CourseId): Promise<void>;
}
export const TIMETABLE_REPOSITORY: Token<TimetableRepository> = token('TimetableRepository');
