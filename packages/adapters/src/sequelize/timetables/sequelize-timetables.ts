import {
  CourseAlreadyAdded,
  CourseId,
  Timetable,
  TimetableId,
  TimetableNameTaken,
  UserId,
  type TimetableRepository,
  type Visibility,
} from '@campus/domain';
import { brokenUniqueIndex, translateUnique } from '../errors.js';
import { toBool, toTime, type Sql } from '../sql.js';

interface TimetableRow {
  id: string;
  owner_id: string;
  semester: string;
  name: string;
  visibility: string;
  is_primary: number | boolean;
  created_at: Date | string;
}

/**
 * Timetables and their courses: every read is two statements (the timetables, then the course
 * links of all of them), however many timetables or courses there are.
 */
export class SequelizeTimetableRepository implements TimetableRepository {
  constructor(private readonly sql: Sql) {}

  /** Serialises one user's timetable changes: the user's row is the lock (SQLite: one writer anyway). */
  async lockOwner(ownerId: UserId): Promise<void> {
    await this.sql.one(`SELECT id FROM users WHERE id = :ownerId${this.sql.forUpdate}`, { ownerId });
  }

  async add(timetable: Timetable): Promise<void> {
    const t = timetable.snapshot();
    try {
      await this.sql.run(
        `INSERT INTO timetables (id, owner_id, semester, name, visibility, is_primary, created_at)
         VALUES (:id, :ownerId, :semester, :name, :visibility, :isPrimary, :createdAt)`,
        { ...t, isPrimary: t.isPrimary ? 1 : 0, createdAt: this.sql.time(t.createdAt) },
      );
    } catch (error) {
      translateUnique(error, [[/name/, () => new TimetableNameTaken()]]);
    }
  }

  async findById(id: TimetableId): Promise<Timetable | null> {
    const [found] = await this.hydrate(
      await this.sql.select<TimetableRow>('SELECT * FROM timetables WHERE id = :id', { id }),
    );
    return found ?? null;
  }

  async listByOwner(ownerId: UserId, semester?: string): Promise<Timetable[]> {
    const bySemester = semester === undefined ? '' : ' AND semester = :semester';
    return this.hydrate(
      await this.sql.select<TimetableRow>(
        `SELECT * FROM timetables WHERE owner_id = :ownerId${bySemester} ORDER BY created_at, id`,
        {
          ownerId,
          semester,
        },
      ),
    );
  }

  async findPrimary(ownerId: UserId, semester: string): Promise<Timetable | null> {
    const rows = await this.sql.select<TimetableRow>(
      'SELECT * FROM timetables WHERE owner_id = :ownerId AND semester = :semester AND is_primary = 1',
      { ownerId, semester },
    );
    return (await this.hydrate(rows))[0] ?? null;
  }

  async update(timetable: Timetable): Promise<void> {
    const t = timetable.snapshot();
    try {
      await this.sql.run('UPDATE timetables SET name = :name, visibility = :visibility WHERE id = :id', {
        ...t,
      });
    } catch (error) {
      translateUnique(error, [[/name/, () => new TimetableNameTaken()]]);
    }
  }

  /** One statement flips every timetable of the owner and semester, so exactly one stays marked. */
  async makePrimary(id: TimetableId): Promise<void> {
    const target = await this.sql.one<TimetableRow>(
      'SELECT owner_id, semester FROM timetables WHERE id = :id',
      { id },
    );
    if (!target) return;
    await this.sql.run(
      'UPDATE timetables SET is_primary = CASE WHEN id = :id THEN 1 ELSE 0 END WHERE owner_id = :ownerId AND semester = :semester',
      { id, ownerId: target.owner_id, semester: target.semester },
    );
  }

  async remove(id: TimetableId): Promise<void> {
    await this.sql.run('DELETE FROM timetable_courses WHERE timetable_id = :id', { id });
    await this.sql.run('DELETE FROM timetables WHERE id = :id', { id });
  }

  async addCourse(id: TimetableId, courseId: CourseId, at: Date): Promise<void> {
    try {
      await this.sql.run(
        'INSERT INTO timetable_courses (timetable_id, course_id, added_at) VALUES (:id, :courseId, :at)',
        {
          id,
          courseId,
          at: this.sql.time(at),
        },
      );
    } catch (error) {
      if (brokenUniqueIndex(error) !== null) throw new CourseAlreadyAdded();
      throw error;
    }
  }

  async removeCourse(id: TimetableId, courseId: CourseId): Promise<void> {
    await this.sql.run('DELETE FROM timetable_courses WHERE timetable_id = :id AND course_id = :courseId', {
      id,
      courseId,
    });
  }

  private async hydrate(rows: TimetableRow[]): Promise<Timetable[]> {
    if (rows.length === 0) return [];
    const links = await this.sql.select<{ timetable_id: string; course_id: string }>(
      'SELECT timetable_id, course_id FROM timetable_courses WHERE timetable_id IN (:ids) ORDER BY added_at, course_id',
      { ids: rows.map((r) => r.id) },
    );
    return rows.map((row) =>
      Timetable.rehydrate({
        id: TimetableId(row.id),
        ownerId: UserId(row.owner_id),
        semester: row.semester,
        name: row.name,
        visibility: row.visibility as Visibility,
        isPrimary: toBool(row.is_primary),
        courseIds: links.filter((l) => l.timetable_id === row.id).map((l) => CourseId(l.course_id)),
        createdAt: toTime(row.created_at),
      }),
    );
  }
}
