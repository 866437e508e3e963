import {
  EmailDomainNotAllowed,
  InvalidCode,
  SessionRevoked,
  UserNotFound,
  type Actor,
  type Clock,
  type DepartmentRepository,
  type SchoolRepository,
  type UnitOfWork,
  type UserRepository,
  type VerificationCodeGenerator,
  type VerificationCodeRepository,
} from '@campus/domain';
import { toMe, type MeDto } from '../identity/identity.dto.js';

export interface ConfirmVerificationInput {
  actor: Actor;
  code: string;
}

export class ConfirmVerification {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly codes: VerificationCodeRepository,
    private readonly generator: VerificationCodeGenerator,
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Verifies the address the member's code was mailed to, which becomes the account's e-mail.
   * A try is taken before the code is compared, and stays taken, so five wrong codes void it
   * whatever races; the code is used up with the e-mail's change, in one unit of work, so an
   * address another account took meanwhile (the unique index decides) leaves the code as it was.
   * @throws InvalidCode, EmailTaken, EmailDomainNotAllowed, UserNotFound, SessionRevoked (deleted meanwhile)
   */
  async execute({ actor, code }: ConfirmVerificationInput): Promise<MeDto> {
    const now = this.clock.now();
    const tried = await this.codes.takeTry(actor.id, now);
    if (!tried || !this.generator.matches(code, tried.codeHash)) throw new InvalidCode();
    const user = await this.uow.run(async () => {
      if (!(await this.codes.useUp(actor.id, tried.codeHash))) throw new InvalidCode();
      const user = await this.users.findById(actor.id);
      if (!user) throw new UserNotFound();
      // The school's domains may have changed since the code was mailed.
      const school = user.schoolId ? await this.schools.findById(user.schoolId) : null;
      if (!school?.allowsEmail(tried.email)) throw new EmailDomainNotAllowed();
      user.verifyEmail(tried.email, now);
      if (!(await this.users.save(user))) throw new SessionRevoked();
      return user;
    });
    return toMe(user, this.schools, this.departments);
  }
}
