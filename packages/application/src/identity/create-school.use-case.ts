import {
  Forbidden,
  School,
  SchoolId,
  isAdmin,
  type Actor,
  type IdGenerator,
  type SchoolRepository,
} from '@campus/domain';
import type { NamedRef } from './identity.dto.js';

export interface CreateSchoolInput {
  actor: Actor;
  name: string;
}

export class CreateSchool {
  constructor(
    private readonly schools: SchoolRepository,
    private readonly ids: IdGenerator,
  ) {}

  /** @throws Forbidden (not an admin), ValidationFailed, SchoolExists */
  async execute({ actor, name }: CreateSchoolInput): Promise<NamedRef> {
    if (!isAdmin(actor)) throw new Forbidden();
    const school = School.create({ id: SchoolId(this.ids.next()), name });
    await this.schools.save(school);
    return { id: school.id, name: school.name };
  }
}
