/// <reference types="mocha" />
import {
  Department,
  DepartmentId,
  School,
  SchoolId,
  Session,
  SessionId,
  User,
  UserId,
  type DepartmentRepository,
  type NewUser,
  type RefreshTokenState,
  type SchoolRepository,
  type SessionRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';

/** The identity ports of one store. Users need schools, sessions need users (foreign keys in SQL). */
export interface IdentityPorts {
  schools: SchoolRepository;
  departments: DepartmentRepository;
  users: UserRepository;
  sessions: SessionRepository;
  uow: UnitOfWork;
  teardown?: () => Promise<void>;
}
/**
 * Called before every test; must return ports on an empty store. Resolves null when the backing
 * service is unreachable outside CI: the suite then skips.
 */
export type IdentityPortsSetup = () => Promise<IdentityPorts | null>;

export const T0 = new Date('2026-03-02T09:00:00.123Z');
export const at = (ms: number): Date => new Date(T0.getTime() + ms);

/** The `code` of the error a promise rejects with; fails when it resolves. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Opens fresh ports before each test of the enclosing `describe`, and tears them down after. */
export function withIdentityPorts(setup: IdentityPortsSetup): () => IdentityWorld {
  let world: IdentityWorld | undefined;
  beforeEach(async function () {
    const ports = await setup();
    if (!ports) return this.skip();
    world = new IdentityWorld(ports);
  });
  afterEach(async () => {
    await world?.ports.teardown?.();
    world = undefined;
  });
  return () => {
    if (!world) throw new Error('identity ports are not open');
    return world;
  };
}

/** Builds rows through the ports, with UUID-shaped ids that sort in creation order. */
export class IdentityWorld {
  private n = 0;

  constructor(readonly ports: IdentityPorts) {}

  id(): string {
    this.n += 1;
    return `0190b000-0000-7000-8000-${this.n.toString(16).padStart(12, '0')}`;
  }

  newSchool(name = `School ${this.n + 1}`): School {
    return School.create({ id: SchoolId(this.id()), name });
  }

  async school(name?: string): Promise<School> {
    const school = this.newSchool(name);
    await this.ports.schools.save(school);
    return school;
  }

  newDepartment(schoolId: SchoolId, name: string): Department {
    return Department.create({ id: DepartmentId(this.id()), schoolId, name });
  }

  async department(schoolId: SchoolId, name: string): Promise<Department> {
    const department = this.newDepartment(schoolId, name);
    await this.ports.departments.save(department);
    return department;
  }

  /** A user whose username, email and nickname all carry `tag`, unless overridden. */
  newUser(schoolId: SchoolId | null, tag: string, overrides: Partial<NewUser> = {}): User {
    return User.create(
      {
        id: UserId(this.id()),
        username: `user_${tag}`,
        email: `user${tag}@example.com`,
        nickname: `닉네임${tag}`,
        schoolId,
        departmentId: null,
        passwordHash: '$2b$04$abcdefghijklmnopqrstuu',
        ...overrides,
      },
      T0,
    );
  }

  async user(schoolId: SchoolId | null, tag: string, overrides: Partial<NewUser> = {}): Promise<User> {
    const user = this.newUser(schoolId, tag, overrides);
    await this.ports.users.add(user);
    return user;
  }

  newSession(userId: UserId, createdAt = T0): Session {
    return Session.create({ id: SessionId(this.id()), userId }, createdAt);
  }

  /** A refresh token of the session; `name` makes a distinct 64-hex-digit hash. */
  token(name: string, sessionId: SessionId, overrides: Partial<RefreshTokenState> = {}): RefreshTokenState {
    return {
      hash: hashOf(name),
      sessionId,
      issuedAt: T0,
      expiresAt: at(3_600_000),
      usedAt: null,
      ...overrides,
    };
  }
}

export const hashOf = (name: string): string =>
  [...name]
    .map((c) => c.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('')
    .padEnd(64, '0');
