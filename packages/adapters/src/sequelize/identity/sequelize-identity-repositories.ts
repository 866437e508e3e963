import {
  DepartmentExists,
  EmailTaken,
  NicknameTaken,
  SchoolExists,
  UsernameTaken,
  type Department,
  type DepartmentId,
  type DepartmentRepository,
  type School,
  type SchoolId,
  type SchoolRepository,
  type User,
  type UserId,
  type UserRepository,
} from '@campus/domain';
import { Op } from 'sequelize';
import { translateUnique } from '../errors.js';
import { retryOutside, saveById } from '../save-by-id.js';
import type { TransactionContext } from '../unit-of-work.js';
import type { IdentityModels } from './identity.models.js';
import {
  departmentToDomain,
  schoolToDomain,
  schoolToRow,
  userToDomain,
  userToRow,
} from './identity.mappers.js';

export class SequelizeSchoolRepository implements SchoolRepository {
  constructor(
    private readonly models: IdentityModels,
    private readonly tx: TransactionContext,
  ) {}

  async save(school: School): Promise<void> {
    try {
      await saveById(this.models.School, schoolToRow(school), this.tx.current());
    } catch (error) {
      translateUnique(error, [[/name/, () => new SchoolExists()]]);
    }
  }

  async findById(id: SchoolId): Promise<School | null> {
    const row = await this.models.School.findByPk(id, { raw: true, transaction: this.tx.current() });
    return row ? schoolToDomain(row) : null;
  }

  async list(): Promise<School[]> {
    const rows = await this.models.School.findAll({
      raw: true,
      order: [
        ['name', 'ASC'],
        ['id', 'ASC'],
      ],
      transaction: this.tx.current(),
    });
    return rows.map(schoolToDomain);
  }
}

export class SequelizeDepartmentRepository implements DepartmentRepository {
  constructor(
    private readonly models: IdentityModels,
    private readonly tx: TransactionContext,
  ) {}

  async save(department: Department): Promise<void> {
    try {
      await saveById(this.models.Department, department.snapshot(), this.tx.current());
    } catch (error) {
      translateUnique(error, [[/name/, () => new DepartmentExists()]]);
    }
  }

  async findById(id: DepartmentId): Promise<Department | null> {
    const row = await this.models.Department.findByPk(id, { raw: true, transaction: this.tx.current() });
    return row ? departmentToDomain(row) : null;
  }

  async listBySchool(schoolId: SchoolId): Promise<Department[]> {
    const rows = await this.models.Department.findAll({
      where: { schoolId },
      raw: true,
      order: [
        ['name', 'ASC'],
        ['id', 'ASC'],
      ],
      transaction: this.tx.current(),
    });
    return rows.map(departmentToDomain);
  }
}

const USER_UNIQUES: [RegExp, () => Error][] = [
  [/username/, () => new UsernameTaken()],
  [/email/, () => new EmailTaken()],
  [/nickname/, () => new NicknameTaken()],
];

export class SequelizeUserRepository implements UserRepository {
  constructor(
    private readonly models: IdentityModels,
    private readonly tx: TransactionContext,
  ) {}

  /** A unique index, not a lookup, decides who gets a name. */
  async add(user: User): Promise<void> {
    try {
      const transaction = this.tx.current();
      await this.models.User.create(userToRow(user), { transaction, ...retryOutside(transaction) });
    } catch (error) {
      translateUnique(error, USER_UNIQUES);
    }
  }

  /**
   * An UPDATE by id, never an insert: a row deleted since the user was read (the account's
   * deletion committed meanwhile; on MySQL the UPDATE waits for its lock) matches nothing.
   */
  async save(user: User): Promise<boolean> {
    const { id, ...fields } = userToRow(user);
    const transaction = this.tx.current();
    try {
      const [changed] = await this.models.User.update(fields, {
        where: { id },
        transaction,
        ...retryOutside(transaction),
      });
      // MySQL may count only rows whose values changed: an unchanged row is still there.
      return changed > 0 || (await this.models.User.count({ where: { id }, transaction })) > 0;
    } catch (error) {
      translateUnique(error, USER_UNIQUES);
    }
  }

  async findById(id: UserId): Promise<User | null> {
    const row = await this.models.User.findByPk(id, { raw: true, transaction: this.tx.current() });
    return row ? userToDomain(row) : null;
  }

  /**
   * Exactly `username`: MySQL's collations pad (`utf8mb4_bin` too), so `'name '` finds `name`
   * there; the row found is kept only when it is spelled as asked.
   */
  async findByUsername(username: string): Promise<User | null> {
    const row = await this.models.User.findOne({
      where: { username },
      raw: true,
      transaction: this.tx.current(),
    });
    return row && row.username === username ? userToDomain(row) : null;
  }

  async findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    if (ids.length === 0) return [];
    const rows = await this.models.User.findAll({
      where: { id: { [Op.in]: [...ids] } },
      raw: true,
      transaction: this.tx.current(),
    });
    return rows.map(userToDomain);
  }
}
