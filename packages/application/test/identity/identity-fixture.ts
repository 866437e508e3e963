import {
  InMemoryDepartmentRepository,
  InMemoryLoginAttemptStore,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '@campus/adapters/memory';
import { BcryptPasswordHasher, HmacDeviceTokenService, JwtTokenService } from '@campus/adapters/security';
import { FixedClock, SequentialIdGenerator } from '@campus/adapters/system';
import {
  Department,
  DepartmentId,
  LoginThrottlePolicy,
  School,
  SchoolId,
  SessionPolicy,
} from '@campus/domain';
import {
  Authenticate,
  ChangePassword,
  CreateDepartment,
  CreateSchool,
  EnsureAdmin,
  LogIn,
  LoginGuard,
  LogOut,
  RefreshSession,
  SessionIssuer,
  SignUp,
} from '../../src/index.js';

/** The identity use cases on in-memory adapters, with a clock the test controls. */
export async function identityFixture() {
  const db = new MemoryDatabase();
  const clock = new FixedClock();
  const ids = new SequentialIdGenerator();
  const users = new InMemoryUserRepository(db);
  const schools = new InMemorySchoolRepository(db);
  const departments = new InMemoryDepartmentRepository(db);
  const sessions = new InMemorySessionRepository(db);
  const attempts = new InMemoryLoginAttemptStore();
  const uow = new InMemoryUnitOfWork(db);
  const hasher = new BcryptPasswordHasher(4);
  const tokens = new JwtTokenService({
    secret: 'x'.repeat(32),
    issuer: 'campus',
    accessTtlMs: 60_000,
    refreshTtlMs: 3_600_000,
    clock,
  });
  const sessionPolicy = new SessionPolicy(86_400_000, 10_000);
  const issuer = new SessionIssuer(sessions, tokens, ids, sessionPolicy, clock);
  const throttle = new LoginThrottlePolicy(3, 15 * 60_000, 10);
  const guard = new LoginGuard(hasher, attempts, throttle, clock);
  const devices = new HmacDeviceTokenService('x'.repeat(32));
  const school = School.create({ id: SchoolId(ids.next()), name: 'Campus U' });
  await schools.save(school);
  const department = Department.create({
    id: DepartmentId(ids.next()),
    schoolId: school.id,
    name: 'Physics',
  });
  await departments.save(department);
  return {
    db,
    clock,
    users,
    schools,
    departments,
    sessions,
    attempts,
    tokens,
    hasher,
    school,
    department,
    signUp: new SignUp(uow, users, schools, departments, hasher, issuer, ids, clock),
    devices,
    logIn: new LogIn(users, schools, departments, guard, throttle, devices, issuer),
    refresh: new RefreshSession(sessions, tokens, sessionPolicy, clock),
    logOut: new LogOut(sessions, tokens, clock),
    authenticate: new Authenticate(tokens, sessions, users, sessionPolicy, clock),
    changePassword: new ChangePassword(uow, users, sessions, hasher, guard, throttle, clock),
    ensureAdmin: new EnsureAdmin(users, hasher, ids, clock),
    createSchool: new CreateSchool(schools, ids),
    createDepartment: new CreateDepartment(schools, departments, ids),
    signUpInput: (n: number, overrides: Record<string, string> = {}) => ({
      username: `user_${n}`,
      password: 'correct horse',
      email: `user${n}@example.com`,
      nickname: `nick${n}`,
      schoolId: school.id,
      departmentId: department.id,
      ...overrides,
    }),
  };
}

/** Awaits a promise that must reject, and returns its error's code. */
export async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected a rejection, the promise resolved');
}
