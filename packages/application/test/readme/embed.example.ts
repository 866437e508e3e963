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
import { SystemClock, UuidV7IdGenerator } from '@campus/adapters/system';
import {
  Department,
  DepartmentId,
  LoginThrottlePolicy,
  School,
  SchoolId,
  SessionPolicy,
} from '@campus/domain';
import { LogIn, LoginGuard, SessionIssuer, SignUp } from '@campus/application';

export async function embedExample() {
  const db = new MemoryDatabase();
  const [clock, ids, hasher] = [new SystemClock(), new UuidV7IdGenerator(), new BcryptPasswordHasher(10)];
  const users = new InMemoryUserRepository(db);
  const [schools, departments] = [new InMemorySchoolRepository(db), new InMemoryDepartmentRepository(db)];
  const sessions = new InMemorySessionRepository(db);
  const tokens = new JwtTokenService({
    secret: 'a secret of at least 32 bytes!!!',
    issuer: 'my-app',
    accessTtlMs: 1_800_000,
    refreshTtlMs: 604_800_000,
    clock,
  });
  // Sessions live at most 30 days from login; a refresh token replayed within 10 s is a race, not a theft.
  const issuer = new SessionIssuer(sessions, tokens, ids, new SessionPolicy(2_592_000_000, 10_000), clock);

  const school = School.create({ id: SchoolId(ids.next()), name: '한국대학교' });
  await schools.save(school);
  const physics = Department.create({ id: DepartmentId(ids.next()), schoolId: school.id, name: '물리학과' });
  await departments.save(physics);

  const signUp = new SignUp(
    new InMemoryUnitOfWork(db),
    users,
    schools,
    departments,
    hasher,
    issuer,
    ids,
    clock,
  );
  await signUp.execute({
    username: 'kim_cs',
    password: 'correct horse battery',
    email: 'kim@example.com',
    nickname: '새내기',
    schoolId: school.id,
    departmentId: physics.id,
  });

  // 5 failures per user (or per known device) and 50 per client address, per 15 minutes.
  const throttle = new LoginThrottlePolicy(5, 15 * 60_000, 50);
  const logIn = new LogIn(
    users,
    schools,
    departments,
    new LoginGuard(hasher, new InMemoryLoginAttemptStore(), throttle, clock),
    throttle,
    new HmacDeviceTokenService('a secret of at least 32 bytes!!!'),
    issuer,
  );
  const { user, accessToken } = await logIn.execute({
    username: 'kim_cs',
    password: 'correct horse battery',
  });
  return { nickname: user.nickname, school: user.school?.name, accessToken };
}
