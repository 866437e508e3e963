import {
  Forbidden,
  School,
  SchoolId,
  isAdmin,
  type Actor,
  type IdGenerator,
  type SchoolRepository,
} from '@campus/domain';
import { toSchoolDto, type SchoolDto } from './identity.dto.js';

export interface CreateSchoolInput {
  actor: Actor;
  name: string;
  /** Whose addresses can verify membership; none by default. */
  emailDomains?: readonly string[] | undefined;
}

export class CreateSchool {
  constructor(
    private readonly schools: SchoolRepository,
    private readonly ids: IdGenerator,
  ) {}

  /** @throws Forbidden (not an admin), ValidationFailed, SchoolExists */
  async execute({ actor, name, emailDomains }: CreateSchoolInput): Promise<SchoolDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    const school = School.create({ id: SchoolId(this.ids.next()), name, emailDomains: emailDomains ?? [] });
    await this.schools.save(school);
    return toSchoolDto(school);
  }
}
