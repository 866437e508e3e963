import {
  Course,
  CourseExists,
  pageFrom,
  type CourseFilter,
  type CourseId,
  type CourseRepository,
  type CourseState,
  type Page,
  type PageRequest,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/** Case-insensitive substring match; `%` and `_` are plain characters here, as SQL escapes them. */
const contains = (text: string, q: string) => text.toLowerCase().includes(q.toLowerCase());

/** Ascending (createdAt, id): the catalogue's keyset order. */
export const catalogueOrder = (a: CourseState, b: CourseState): number =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const coursesTable = (db: MemoryDatabase) => db.table<CourseState>('courses');

export class InMemoryCourseRepository implements CourseRepository {
  constructor(private readonly db: MemoryDatabase) {}

  add(course: Course): Promise<void> {
    const row = structuredClone(course.snapshot());
    for (const other of coursesTable(this.db).values()) {
      if (other.schoolId === row.schoolId && other.semester === row.semester && other.code === row.code) {
        return Promise.reject(new CourseExists());
      }
    }
    coursesTable(this.db).set(row.id, row);
    return Promise.resolve();
  }

  findById(id: CourseId): Promise<Course | null> {
    const row = coursesTable(this.db).get(id);
    return Promise.resolve(row ? Course.rehydrate(structuredClone(row)) : null);
  }

  findManyByIds(ids: readonly CourseId[]): Promise<Course[]> {
    const rows = coursesTable(this.db);
    const found = ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [Course.rehydrate(structuredClone(row))] : [];
    });
    return Promise.resolve(found);
  }

  search(filter: CourseFilter, page: PageRequest): Promise<Page<Course>> {
    const { q, professor } = filter;
    const after = page.after;
    const rows = [...coursesTable(this.db).values()]
      .filter((r) => r.schoolId === filter.schoolId && r.semester === filter.semester)
      .filter((r) => q === undefined || contains(r.name, q) || contains(r.code, q))
      .filter((r) => professor === undefined || contains(r.professor, professor))
      .filter(
        (r) =>
          !after ||
          r.createdAt.getTime() > after.value ||
          (r.createdAt.getTime() === after.value && r.id > after.id),
      )
      .sort(catalogueOrder)
      .slice(0, page.limit + 1)
      .map((r) => Course.rehydrate(structuredClone(r)));
    return Promise.resolve(pageFrom(rows, page.limit, (c) => ({ value: c.createdAt.getTime(), id: c.id })));
  }
}
