import {
  AlreadyReviewed,
  Course,
  CourseExists,
  CourseId,
  Review,
  ReviewId,
  SchoolId,
  UserId,
  pageFrom,
  type CourseFilter,
  type CourseRepository,
  type MeetingTime,
  type Page,
  type PageRequest,
  type ReviewRepository,
  type UnitOfWork,
} from '@campus/domain';
import { translateUnique } from '../errors.js';
import { toTime, type Sql } from '../sql.js';

interface CourseRow {
  id: string;
  school_id: string;
  semester: string;
  code: string;
  name: string;
  professor: string;
  credits: number;
  times: string;
  rating_sum: number;
  review_count: number;
  created_at: Date | string;
}

const toCourse = (row: CourseRow) =>
  Course.rehydrate({
    id: CourseId(row.id),
    schoolId: SchoolId(row.school_id),
    semester: row.semester,
    code: row.code,
    name: row.name,
    professor: row.professor,
    credits: Number(row.credits),
    times: JSON.parse(row.times) as MeetingTime[],
    ratingSum: Number(row.rating_sum),
    reviewCount: Number(row.review_count),
    createdAt: toTime(row.created_at),
  });

/** `!` escapes LIKE's wildcards (and itself) on MySQL and SQLite alike. */
const like = (q: string) => `%${q.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

export class SequelizeCourseRepository implements CourseRepository {
  constructor(private readonly sql: Sql) {}

  async add(course: Course): Promise<void> {
    const c = course.snapshot();
    try {
      await this.sql.run(
        `INSERT INTO courses (id, school_id, semester, code, name, professor, credits, times, rating_sum, review_count, created_at)
         VALUES (:id, :schoolId, :semester, :code, :name, :professor, :credits, :times, 0, 0, :createdAt)`,
        { ...c, times: JSON.stringify(c.times), createdAt: this.sql.time(c.createdAt) },
      );
    } catch (error) {
      translateUnique(error, [[/code/, () => new CourseExists()]]);
    }
  }

  async findById(id: CourseId): Promise<Course | null> {
    const row = await this.sql.one<CourseRow>('SELECT * FROM courses WHERE id = :id', { id });
    return row ? toCourse(row) : null;
  }

  async findManyByIds(ids: readonly CourseId[]): Promise<Course[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.select<CourseRow>('SELECT * FROM courses WHERE id IN (:ids)', {
      ids: [...ids],
    });
    const byId = new Map(rows.map((row) => [row.id, toCourse(row)]));
    return ids.map((id) => byId.get(id)).filter((c): c is Course => c !== undefined);
  }

  /** One statement: the catalogue index narrows to school and semester, the keyset does the rest. */
  async search(filter: CourseFilter, page: PageRequest): Promise<Page<Course>> {
    const clauses = ['school_id = :schoolId', 'semester = :semester'];
    const params: Record<string, unknown> = { schoolId: filter.schoolId, semester: filter.semester };
    if (filter.q !== undefined) {
      clauses.push("(LOWER(name) LIKE :q ESCAPE '!' OR LOWER(code) LIKE :q ESCAPE '!')");
      params.q = like(filter.q);
    }
    if (filter.professor !== undefined) {
      clauses.push("LOWER(professor) LIKE :professor ESCAPE '!'");
      params.professor = like(filter.professor);
    }
    if (page.after) {
      clauses.push('(created_at > :afterAt OR (created_at = :afterAt AND id > :afterId))');
      params.afterAt = this.sql.time(new Date(page.after.value));
      params.afterId = page.after.id;
    }
    const rows = await this.sql.select<CourseRow>(
      `SELECT * FROM courses WHERE ${clauses.join(' AND ')} ORDER BY created_at, id ${this.sql.pageLimit(page.limit)}`,
      params,
    );
    return pageFrom(rows.map(toCourse), page.limit, (c) => ({
      value: c.snapshot().createdAt.getTime(),
      id: c.id,
    }));
  }
}

interface ReviewRow {
  id: string;
  course_id: string;
  author_id: string;
  rating: number;
  content: string;
  created_at: Date | string;
  updated_at: Date | string;
}

const toReview = (row: ReviewRow) =>
  Review.rehydrate({
    id: ReviewId(row.id),
    courseId: CourseId(row.course_id),
    authorId: UserId(row.author_id),
    rating: Number(row.rating),
    content: row.content,
    createdAt: toTime(row.created_at),
    updatedAt: toTime(row.updated_at),
  });

export class SequelizeReviewRepository implements ReviewRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  async add(review: Review): Promise<void> {
    const r = review.snapshot();
    try {
      await this.uow.run(async () => {
        await this.lockCourse(r.courseId);
        await this.sql.run(
          `INSERT INTO reviews (id, course_id, author_id, rating, content, created_at, updated_at)
           VALUES (:id, :courseId, :authorId, :rating, :content, :createdAt, :updatedAt)`,
          { ...r, createdAt: this.sql.time(r.createdAt), updatedAt: this.sql.time(r.updatedAt) },
        );
        await this.move(r.courseId, r.rating, 1);
      });
    } catch (error) {
      translateUnique(error, [[/course_id|author_id|one_per_user/, () => new AlreadyReviewed()]]);
    }
  }

  async findById(id: ReviewId): Promise<Review | null> {
    const row = await this.sql.one<ReviewRow>('SELECT * FROM reviews WHERE id = :id', { id });
    return row ? toReview(row) : null;
  }

  /** Moves the sum by the change to the *stored* rating, read under lock: stale or racing edits cannot drift it. */
  update(review: Review): Promise<void> {
    const r = review.snapshot();
    return this.uow.run(async () => {
      await this.lockCourse(r.courseId);
      const stored = await this.sql.one<ReviewRow>(
        `SELECT * FROM reviews WHERE id = :id${this.sql.forUpdate}`,
        { id: r.id },
      );
      if (!stored) return;
      await this.sql.run(
        'UPDATE reviews SET rating = :rating, content = :content, updated_at = :updatedAt WHERE id = :id',
        {
          ...r,
          updatedAt: this.sql.time(r.updatedAt),
        },
      );
      await this.move(r.courseId, r.rating - Number(stored.rating), 0);
    });
  }

  remove(review: Review): Promise<boolean> {
    return this.uow.run(async () => {
      await this.lockCourse(review.courseId);
      const row = await this.sql.one<ReviewRow>(`SELECT * FROM reviews WHERE id = :id${this.sql.forUpdate}`, {
        id: review.id,
      });
      if (!row) return false;
      await this.sql.run('DELETE FROM reviews WHERE id = :id', { id: review.id });
      await this.move(review.courseId, -Number(row.rating), -1);
      return true;
    });
  }

  async listByCourse(courseId: CourseId, page: PageRequest): Promise<Page<Review>> {
    const params: Record<string, unknown> = { courseId };
    let after = '';
    if (page.after) {
      after = ' AND (created_at < :afterAt OR (created_at = :afterAt AND id < :afterId))';
      params.afterAt = this.sql.time(new Date(page.after.value));
      params.afterId = page.after.id;
    }
    const rows = await this.sql.select<ReviewRow>(
      `SELECT * FROM reviews WHERE course_id = :courseId${after} ORDER BY created_at DESC, id DESC ${this.sql.pageLimit(page.limit)}`,
      params,
    );
    return pageFrom(rows.map(toReview), page.limit, (r) => ({
      value: r.snapshot().createdAt.getTime(),
      id: r.id,
    }));
  }

  /** The course's write lock first: the review's foreign-key check would otherwise deadlock with the counter update. */
  private async lockCourse(courseId: CourseId): Promise<void> {
    await this.sql.one(`SELECT id FROM courses WHERE id = :courseId${this.sql.forUpdate}`, { courseId });
  }

  private async move(courseId: CourseId, sum: number, count: number): Promise<void> {
    await this.sql.run(
      'UPDATE courses SET rating_sum = rating_sum + :sum, review_count = review_count + :count WHERE id = :courseId',
      {
        courseId,
        sum,
        count,
      },
    );
  }
}
