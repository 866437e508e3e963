import {
  Department,
  DepartmentExists,
  DepartmentId,
  EmailTaken,
  Nickname,
  NicknameTaken,
  School,
  SchoolExists,
  SchoolId,
  User,
  UserId,
  UsernameTaken,
  type DepartmentRepository,
  type Role,
  type SchoolRepository,
  type UserRepository,
} from '@campus/domain';
import { againAfterDeadlock, translateUnique } from '../errors.js';
import { toTime, toTimeOrNull, type Sql } from '../sql.js';
import type { TransactionContext } from '../unit-of-work.js';

/* Schools, departments and users as hand-written SQL; a unique index, never a lookup, decides a name. */

type Time = Date | string;

interface SchoolRow {
  id: string;
  name: string;
  email_domains: string | null;
}

interface DepartmentRow {
  id: string;
  school_id: string;
  name: string;
}

interface UserRow {
  id: string;
  username: string;
  email: string;
  nickname: string;
  role: string;
  school_id: string | null;
  department_id: string | null;
  password_hash: string;
  joined_at: Time;
  verified_at: Time | null;
  restricted_until: Time | null;
  restriction_reason: string | null;
}

const schoolFromRow = (row: SchoolRow) =>
  School.rehydrate({
    id: SchoolId(row.id),
    name: row.name,
    emailDomains: row.email_domains ? (JSON.parse(row.email_domains) as string[]) : [],
  });

const departmentFromRow = (row: DepartmentRow) =>
  Department.rehydrate({ id: DepartmentId(row.id), schoolId: SchoolId(row.school_id), name: row.name });

const userFromRow = (row: UserRow) =>
  User.rehydrate({
    id: UserId(row.id),
    username: row.username,
    email: row.email,
    nickname: row.nickname,
    role: row.role as Role,
    schoolId: row.school_id === null ? null : SchoolId(row.school_id),
    departmentId: row.department_id === null ? null : DepartmentId(row.department_id),
    passwordHash: row.password_hash,
    joinedAt: toTime(row.joined_at),
    verifiedAt: toTimeOrNull(row.verified_at),
    restrictedUntil: toTimeOrNull(row.restricted_until),
    restrictionReason: row.restriction_reason,
  });

/** The columns of a user and their replacements, in the order both are written. */
const USER_COLUMNS = {
  username: 'username',
  email: 'email',
  nickname: 'nickname',
  nickname_key: 'nicknameKey',
  role: 'role',
  school_id: 'schoolId',
  department_id: 'departmentId',
  password_hash: 'passwordHash',
  joined_at: 'joinedAt',
  verified_at: 'verifiedAt',
  restricted_until: 'restrictedUntil',
  restriction_reason: 'restrictionReason',
} as const;

const USER_UNIQUES: [RegExp, () => Error][] = [
  [/username/, () => new UsernameTaken()],
  [/email/, () => new EmailTaken()],
  [/nickname/, () => new NicknameTaken()],
];

/**
 * A write outside a unit of work runs again when InnoDB chose it as a deadlock's victim: a
 * statement of its own was undone whole, and tried again it meets what the winner wrote (a unique
 * clash, say) instead of failing for a lock. Inside a unit, the unit of work runs it all again.
 */
const retriedOutside = <T>(tx: TransactionContext, write: () => Promise<T>): Promise<T> =>
  againAfterDeadlock(write, () => !tx.current());

/**
 * Inserts the row, or updates it when its id exists. Not an upsert: MySQL's ON DUPLICATE KEY
 * UPDATE fires on any unique key, so a clash on a name would overwrite another row instead of
 * failing.
 */
async function saveById(
  sql: Sql,
  tx: TransactionContext,
  table: string,
  row: Record<string, string | null>,
): Promise<void> {
  const { id, ...fields } = row;
  const columns = Object.keys(fields);
  const exists = await sql.one(`SELECT 1 AS found FROM ${table} WHERE id = :id`, { id });
  await retriedOutside(tx, () =>
    exists
      ? sql.run(`UPDATE ${table} SET ${columns.map((c) => `${c} = :${c}`).join(', ')} WHERE id = :id`, row)
      : sql.run(
          `INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (:id, ${columns.map((c) => `:${c}`).join(', ')})`,
          row,
        ),
  );
}

export class SequelizeSchoolRepository implements SchoolRepository {
  constructor(
    private readonly sql: Sql,
    private readonly tx: TransactionContext,
  ) {}

  async save(school: School): Promise<void> {
    const { id, name, emailDomains } = school.snapshot();
    try {
      await saveById(this.sql, this.tx, 'schools', { id, name, email_domains: JSON.stringify(emailDomains) });
    } catch (error) {
      translateUnique(error, [[/name/, () => new SchoolExists()]]);
    }
  }

  async findById(id: SchoolId): Promise<School | null> {
    const row = await this.sql.one<SchoolRow>('SELECT * FROM schools WHERE id = :id', { id });
    return row && schoolFromRow(row);
  }

  async list(): Promise<School[]> {
    return (await this.sql.select<SchoolRow>('SELECT * FROM schools ORDER BY name, id')).map(schoolFromRow);
  }
}

export class SequelizeDepartmentRepository implements DepartmentRepository {
  constructor(
    private readonly sql: Sql,
    private readonly tx: TransactionContext,
  ) {}

  async save(department: Department): Promise<void> {
    const { id, schoolId, name } = department.snapshot();
    try {
      await saveById(this.sql, this.tx, 'departments', { id, school_id: schoolId, name });
    } catch (error) {
      translateUnique(error, [[/name/, () => new DepartmentExists()]]);
    }
  }

  async findById(id: DepartmentId): Promise<Department | null> {
    const row = await this.sql.one<DepartmentRow>('SELECT * FROM departments WHERE id = :id', { id });
    return row && departmentFromRow(row);
  }

  async listBySchool(schoolId: SchoolId): Promise<Department[]> {
    const rows = await this.sql.select<DepartmentRow>(
      'SELECT * FROM departments WHERE school_id = :schoolId ORDER BY name, id',
      { schoolId },
    );
    return rows.map(departmentFromRow);
  }
}

export class SequelizeUserRepository implements UserRepository {
  constructor(
    private readonly sql: Sql,
    private readonly tx: TransactionContext,
  ) {}

  /** A unique index, not a lookup, decides who gets a name. */
  async add(user: User): Promise<void> {
    const columns = Object.keys(USER_COLUMNS);
    const values = Object.values(USER_COLUMNS).map((name) => `:${name}`);
    try {
      await retriedOutside(this.tx, () =>
        this.sql.run(
          `INSERT INTO users (id, ${columns.join(', ')}) VALUES (:id, ${values.join(', ')})`,
          this.replacements(user),
        ),
      );
    } catch (error) {
      translateUnique(error, USER_UNIQUES);
    }
  }

  /**
   * An UPDATE by id, never an insert: a row deleted since the user was read (the account's
   * deletion committed meanwhile; on MySQL the UPDATE waits for its lock) matches nothing.
   */
  async save(user: User): Promise<boolean> {
    const assignments = Object.entries(USER_COLUMNS).map(([column, name]) => `${column} = :${name}`);
    try {
      const changed = await retriedOutside(this.tx, () =>
        this.sql.run(`UPDATE users SET ${assignments.join(', ')} WHERE id = :id`, this.replacements(user)),
      );
      // MySQL may count only rows whose values changed: an unchanged row is still there.
      return (
        changed > 0 ||
        (await this.sql.one('SELECT 1 AS found FROM users WHERE id = :id', { id: user.id })) !== null
      );
    } catch (error) {
      translateUnique(error, USER_UNIQUES);
    }
  }

  async findById(id: UserId): Promise<User | null> {
    const row = await this.sql.one<UserRow>('SELECT * FROM users WHERE id = :id', { id });
    return row && userFromRow(row);
  }

  /**
   * Exactly `username`: MySQL's collations pad (`utf8mb4_bin` too), so `'name '` finds `name`
   * there; the row found is kept only when it is spelled as asked.
   */
  async findByUsername(username: string): Promise<User | null> {
    const row = await this.sql.one<UserRow>('SELECT * FROM users WHERE username = :username', { username });
    return row && row.username === username ? userFromRow(row) : null;
  }

  async findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.select<UserRow>('SELECT * FROM users WHERE id IN (:ids)', { ids: [...ids] });
    return rows.map(userFromRow);
  }

  private replacements(user: User): Record<string, string | null> {
    const state = user.snapshot();
    return {
      id: state.id,
      username: state.username,
      email: state.email,
      nickname: state.nickname,
      nicknameKey: Nickname.key(state.nickname),
      role: state.role,
      schoolId: state.schoolId,
      departmentId: state.departmentId,
      passwordHash: state.passwordHash,
      joinedAt: this.sql.time(state.joinedAt),
      verifiedAt: this.sql.timeOrNull(state.verifiedAt),
      restrictedUntil: this.sql.timeOrNull(state.restrictedUntil),
      restrictionReason: state.restrictionReason,
    };
  }
}
