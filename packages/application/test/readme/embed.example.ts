import {
  BcryptPasswordHasher,
  InMemoryDepartmentRepository,
  InMemoryLoginAttemptStore,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  JwtTokenService,
  MemoryDatabase,
  SystemClock,
  UuidV7IdGenerator,
} from '@campus/adapters';
import { Department, DepartmentId, LoginThrottlePolicy, School, SchoolId } from '@campus/domain';
import { LogIn, SessionIssuer, SignUp } from '@campus/application';

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
  const issuer = new SessionIssuer(sessions, tokens, ids, clock);

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

  const logIn = new LogIn(
    users,
    schools,
    departments,
    hasher,
    new InMemoryLoginAttemptStore(),
    new LoginThrottlePolicy(5, 15 * 60_000),
    issuer,
    clock,
  );
  const { user, accessToken } = await logIn.execute({
    username: 'kim_cs',
    password: 'correct horse battery',
  });
  return { nickname: user.nickname, school: user.school?.name, accessToken };
}
