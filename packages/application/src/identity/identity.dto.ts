import type { Department, DepartmentRepository, Role, School, SchoolRepository, User } from '@campus/domain';

export interface NamedRef {
  id: string;
  name: string;
}

/** The signed-in user's own view of their account. */
export interface MeDto {
  id: string;
  username: string;
  email: string;
  nickname: string;
  role: Role;
  school: NamedRef | null;
  department: NamedRef | null;
  joinedAt: Date;
  /** The account's e-mail was proven to be at the member's school. */
  verified: boolean;
  /** The end of the member's restriction to reading; null when none was set or it was lifted. */
  restrictedUntil: Date | null;
}

/** A school as admins manage it. */
export interface SchoolDto {
  id: string;
  name: string;
  emailDomains: string[];
}

export function toSchoolDto(school: School): SchoolDto {
  return { id: school.id, name: school.name, emailDomains: [...school.emailDomains] };
}

/** What anyone may see of a user. */
export interface PublicUserDto {
  id: string;
  username: string;
  nickname: string;
}

export interface AuthTokensDto {
  accessToken: string;
  refreshToken: string;
}

export interface AuthResultDto extends AuthTokensDto {
  user: MeDto;
}

export interface LogInResultDto extends AuthResultDto {
  /** Kept by the client and sent with its later logins: that device's own failure counter. */
  deviceToken: string;
}

export function toPublicUser(user: User): PublicUserDto {
  return { id: user.id, username: user.username, nickname: user.nickname };
}

/** Resolves the school and department names that `Me` shows. */
export async function toMe(
  user: User,
  schools: SchoolRepository,
  departments: DepartmentRepository,
): Promise<MeDto> {
  const [school, department] = await Promise.all([
    user.schoolId ? schools.findById(user.schoolId) : null,
    user.departmentId ? departments.findById(user.departmentId) : null,
  ]);
  return meOf(user, school, department);
}

/** `Me` from the user with their school and department in hand. */
export function meOf(user: User, school: School | null, department: Department | null): MeDto {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    nickname: user.nickname,
    role: user.role,
    school: school ? { id: school.id, name: school.name } : null,
    department: department ? { id: department.id, name: department.name } : null,
    joinedAt: user.joinedAt,
    verified: user.verified,
    restrictedUntil: user.restrictedUntil,
  };
}
