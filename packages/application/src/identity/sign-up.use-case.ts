import {
  DepartmentId,
  DepartmentNotFound,
  Password,
  SchoolId,
  SchoolNotFound,
  User,
  UserId,
  type Clock,
  type DepartmentRepository,
  type IdGenerator,
  type PasswordHasher,
  type SchoolRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { meOf, type AuthResultDto } from './identity.dto.js';
import type { SessionIssuer } from './session-issuer.js';

export interface SignUpInput {
  username: string;
  password: string;
  email: string;
  nickname: string;
  schoolId: string;
  departmentId: string;
}

export class SignUp {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
    private readonly hasher: PasswordHasher,
    private readonly issuer: SessionIssuer,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** @throws ValidationFailed, NicknameReserved, SchoolNotFound, DepartmentNotFound, UsernameTaken, EmailTaken, NicknameTaken */
  async execute(input: SignUpInput): Promise<AuthResultDto> {
    Password.assertAcceptable(input.password);
    const school = await this.schools.findById(SchoolId(input.schoolId));
    if (!school) throw new SchoolNotFound();
    const department = await this.departments.findById(DepartmentId(input.departmentId));
    if (!department || department.schoolId !== school.id) throw new DepartmentNotFound();
    const draft = { ...input, id: UserId(this.ids.next()), schoolId: school.id, departmentId: department.id };
    User.create({ ...draft, passwordHash: '' }, this.clock.now()); // fail fast on bad fields before hashing
    const user = User.create(
      { ...draft, passwordHash: await this.hasher.hash(input.password) },
      this.clock.now(),
    );
    const tokens = await this.uow.run(async () => {
      await this.users.add(user);
      return this.issuer.start(user.id);
    });
    // Built from what was read and written, never read back after the commit.
    return { user: meOf(user, school, department), ...tokens };
  }
}
