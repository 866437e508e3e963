import {
  Department,
  DepartmentId,
  Forbidden,
  SchoolId,
  SchoolNotFound,
  isAdmin,
  type Actor,
  type DepartmentRepository,
  type IdGenerator,
  type SchoolRepository,
} from '@campus/domain';
import type { NamedRef } from './identity.dto.js';

export interface CreateDepartmentInput {
  actor: Actor;
  schoolId: string;
  name: string;
}

export class CreateDepartment {
  constructor(
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
    private readonly ids: IdGenerator,
  ) {}

  /** @throws Forbidden, SchoolNotFound, ValidationFailed, DepartmentExists */
  async execute({ actor, schoolId, name }: CreateDepartmentInput): Promise<NamedRef> {
    if (!isAdmin(actor)) throw new Forbidden();
    const school = await this.schools.findById(SchoolId(schoolId));
    if (!school) throw new SchoolNotFound();
    const department = Department.create({ id: DepartmentId(this.ids.next()), schoolId: school.id, name });
    await this.departments.save(department);
    return { id: department.id, name: department.name };
  }
}
