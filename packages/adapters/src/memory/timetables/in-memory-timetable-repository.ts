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

type TimetableRow = Omit<TimetableState, 'courseIds'>;

/** A row of timetable_courses: its primary key is (timetableId, courseId). */
interface LinkRow {
  timetableId: TimetableId;
  courseId: CourseId;
  addedAt: Date;
}

const linkKey = (id: TimetableId, courseId: CourseId) => `${id}\u0000${courseId}`;
const byTimeThenId = (x: number, y: number, a: string, b: string) => x - y || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Timetables and their course links in two tables, as in SQL. Memory units of work already run
 * one at a time, and every method here works synchronously, so the owner lock has nothing to add.
 */
export class InMemoryTimetableRepository implements TimetableRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private rows() {
    return this.db.table<TimetableRow>('timetables');
  }

  private links() {
    return this.db.table<LinkRow>('timetable_courses');
  }

  lockOwner(_ownerId: UserId): Promise<void> {
    return Promise.resolve();
  }

  add(timetable: Timetable): Promise<void> {
    const { courseIds: _links, ...row } = structuredClone(timetable.snapshot());
    if (this.nameTaken(row)) return Promise.reject(new TimetableNameTaken());
    this.rows().set(row.id, row);
    return Promise.resolve();
  }

  findById(id: TimetableId): Promise<Timetable | null> {
    const row = this.rows().get(id);
    return Promise.resolve(row ? this.hydrate(row) : null);
  }

  listByOwner(ownerId: UserId, semester?: string): Promise<Timetable[]> {
    const rows = [...this.rows().values()]
      .filter((r) => r.ownerId === ownerId && (semester === undefined || r.semester === semester))
      .sort((a, b) => byTimeThenId(a.createdAt.getTime(), b.createdAt.getTime(), a.id, b.id));
    return Promise.resolve(rows.map((r) => this.hydrate(r)));
  }

  findPrimary(ownerId: UserId, semester: string): Promise<Timetable | null> {
    const row = [...this.rows().values()].find(
      (r) => r.ownerId === ownerId && r.semester === semester && r.isPrimary,
    );
    return Promise.resolve(row ? this.hydrate(row) : null);
  }

  update(timetable: Timetable): Promise<void> {
    const next = timetable.snapshot();
    const current = this.rows().get(next.id);
    if (!current) return Promise.resolve();
    if (this.nameTaken({ ...current, name: next.name })) return Promise.reject(new TimetableNameTaken());
    this.rows().set(next.id, { ...current, name: next.name, visibility: next.visibility });
    return Promise.resolve();
  }

  makePrimary(id: TimetableId): Promise<void> {
    const target = this.rows().get(id);
    if (!target) return Promise.resolve();
    for (const row of this.rows().values()) {
      if (row.ownerId === target.ownerId && row.semester === target.semester) {
        this.rows().set(row.id, { ...row, isPrimary: row.id === id });
      }
    }
    return Promise.resolve();
  }

  remove(id: TimetableId): Promise<void> {
    for (const [key, link] of this.links()) if (link.timetableId === id) this.links().delete(key);
    this.rows().delete(id);
    return Promise.resolve();
  }

  /** Like the SQL foreign key, a link to a timetable that is gone is refused. */
  addCourse(id: TimetableId, courseId: CourseId, at: Date): Promise<void> {
    if (!this.rows().has(id)) return Promise.reject(new Error(`No timetable ${id} to link a course to.`));
    const key = linkKey(id, courseId);
    if (this.links().has(key)) return Promise.reject(new CourseAlreadyAdded());
    this.links().set(key, { timetableId: id, courseId, addedAt: new Date(at) });
    return Promise.resolve();
  }

  removeCourse(id: TimetableId, courseId: CourseId): Promise<void> {
    this.links().delete(linkKey(id, courseId));
    return Promise.resolve();
  }

  private hydrate(row: TimetableRow): Timetable {
    const courseIds = [...this.links().values()]
      .filter((l) => l.timetableId === row.id)
      .sort((a, b) => byTimeThenId(a.addedAt.getTime(), b.addedAt.getTime(), a.courseId, b.courseId))
      .map((l) => l.courseId);
    return Timetable.rehydrate({ ...structuredClone(row), courseIds });
  }

  private nameTaken(row: TimetableRow): boolean {
    return [...this.rows().values()].some(
      (other) =>
        other.id !== row.id &&
        other.ownerId === row.ownerId &&
        other.semester === row.semester &&
        other.name === row.name,
    );
  }
}
