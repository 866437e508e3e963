import {
  CourseAlreadyAdded,
  Timetable,
  TimetableNameTaken,
  type CourseId,
  type TimetableId,
  type TimetableRepository,
  type TimetableState,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

const oldestFirst = (a: TimetableState, b: TimetableState) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);

/** Units of work already run one at a time in memory, so the owner lock has nothing to add. */
export class InMemoryTimetableRepository implements TimetableRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<TimetableState>('timetables');
  }

  lockOwner(_ownerId: UserId): Promise<void> {
    return Promise.resolve();
  }

  add(timetable: Timetable): Promise<void> {
    const row = timetable.snapshot();
    if (this.nameTaken(row)) return Promise.reject(new TimetableNameTaken());
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  findById(id: TimetableId): Promise<Timetable | null> {
    const row = this.rows.get(id);
    return Promise.resolve(row ? Timetable.rehydrate(row) : null);
  }

  listByOwner(ownerId: UserId, semester?: string): Promise<Timetable[]> {
    const rows = [...this.rows.values()].filter(
      (r) => r.ownerId === ownerId && (semester === undefined || r.semester === semester),
    );
    return Promise.resolve(rows.sort(oldestFirst).map((r) => Timetable.rehydrate(r)));
  }

  findPrimary(ownerId: UserId, semester: string): Promise<Timetable | null> {
    const row = [...this.rows.values()].find(
      (r) => r.ownerId === ownerId && r.semester === semester && r.isPrimary,
    );
    return Promise.resolve(row ? Timetable.rehydrate(row) : null);
  }

  update(timetable: Timetable): Promise<void> {
    const next = timetable.snapshot();
    const current = this.rows.get(next.id);
    if (!current) return Promise.resolve();
    if (this.nameTaken(next)) return Promise.reject(new TimetableNameTaken());
    this.rows.set(next.id, { ...current, name: next.name, visibility: next.visibility });
    return Promise.resolve();
  }

  makePrimary(id: TimetableId): Promise<void> {
    const target = this.rows.get(id);
    if (!target) return Promise.resolve();
    for (const row of this.rows.values()) {
      if (row.ownerId === target.ownerId && row.semester === target.semester) {
        this.rows.set(row.id, { ...row, isPrimary: row.id === id });
      }
    }
    return Promise.resolve();
  }

  remove(id: TimetableId): Promise<void> {
    this.rows.delete(id);
    return Promise.resolve();
  }

  addCourse(id: TimetableId, courseId: CourseId, _at: Date): Promise<void> {
    const row = this.rows.get(id);
    if (!row) return Promise.resolve();
    if (row.courseIds.includes(courseId)) return Promise.reject(new CourseAlreadyAdded());
    this.rows.set(id, { ...row, courseIds: [...row.courseIds, courseId] });
    return Promise.resolve();
  }

  removeCourse(id: TimetableId, courseId: CourseId): Promise<void> {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, courseIds: row.courseIds.filter((c) => c !== courseId) });
    return Promise.resolve();
  }

  private nameTaken(row: TimetableState): boolean {
    return [...this.rows.values()].some(
      (other) =>
        other.id !== row.id &&
        other.ownerId === row.ownerId &&
        other.semester === row.semester &&
        other.name === row.name,
    );
  }
}
