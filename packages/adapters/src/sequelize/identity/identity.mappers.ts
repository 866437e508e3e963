import {
  Department,
  DepartmentId,
  Nickname,
  School,
  SchoolId,
  User,
  UserId,
  type Role,
} from '@campus/domain';
import type { InferAttributes } from 'sequelize';
import type { DepartmentModel, SchoolModel, UserModel } from './identity.models.js';

/** SQLite hands dates back as strings in raw queries; MySQL as Date objects. */
export const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
const toDateOrNull = (value: Date | string | null): Date | null => (value === null ? null : toDate(value));

export const schoolToDomain = (row: InferAttributes<SchoolModel>) =>
  School.rehydrate({
    id: SchoolId(row.id),
    name: row.name,
    emailDomains: row.emailDomains ? (JSON.parse(row.emailDomains) as string[]) : [],
  });

export const schoolToRow = (school: School): InferAttributes<SchoolModel> => {
  const { emailDomains, ...rest } = school.snapshot();
  return { ...rest, emailDomains: JSON.stringify(emailDomains) };
};

export const departmentToDomain = (row: InferAttributes<DepartmentModel>) =>
  Department.rehydrate({ id: DepartmentId(row.id), schoolId: SchoolId(row.schoolId), name: row.name });

export const userToDomain = (row: InferAttributes<UserModel>) =>
  User.rehydrate({
    id: UserId(row.id),
    username: row.username,
    email: row.email,
    nickname: row.nickname,
    role: row.role as Role,
    schoolId: row.schoolId === null ? null : SchoolId(row.schoolId),
    departmentId: row.departmentId === null ? null : DepartmentId(row.departmentId),
    passwordHash: row.passwordHash,
    joinedAt: toDate(row.joinedAt),
    verifiedAt: toDateOrNull(row.verifiedAt ?? null),
    restrictedUntil: toDateOrNull(row.restrictedUntil ?? null),
    restrictionReason: row.restrictionReason ?? null,
  });

export const userToRow = (user: User): InferAttributes<UserModel> => ({
  ...user.snapshot(),
  nicknameKey: Nickname.key(user.nickname),
});
