import {
  Forbidden,
  SchoolId,
  SchoolNotFound,
  ValidationFailed,
  isAdmin,
  type Actor,
  type SchoolRepository,
} from '@campus/domain';
import { toSchoolDto, type SchoolDto } from '../identity/identity.dto.js';

export interface UpdateSchoolInput {
  actor: Actor;
  schoolId: string;
  name?: string | undefined;
  emailDomains?: readonly string[] | undefined;
}

export class UpdateSchool {
  constructor(private readonly schools: SchoolRepository) {}

  /**
   * Renames a school or sets its e-mail domains (each optional, at least one). Members verified
   * at a domain taken away stay verified: the proof was good when it was made.
   * @throws Forbidden (not an admin), ValidationFailed, SchoolNotFound, SchoolExists
   */
  async execute({ actor, schoolId, name, emailDomains }: UpdateSchoolInput): Promise<SchoolDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    if (name === undefined && emailDomains === undefined)
      throw new ValidationFailed('', 'Give `name`, `emailDomains` or both.');
    const school = await this.schools.findById(SchoolId(schoolId));
    if (!school) throw new SchoolNotFound();
    if (name !== undefined) school.rename(name);
    if (emailDomains !== undefined) school.changeEmailDomains(emailDomains);
    await this.schools.save(school);
    return toSchoolDto(school);
  }
}
