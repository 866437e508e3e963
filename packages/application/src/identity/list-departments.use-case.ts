import { SchoolId, SchoolNotFound, type DepartmentRepository, type SchoolRepository } from '@campus/domain';
import type { NamedRef } from './identity.dto.js';

export interface ListDepartmentsInput {
  schoolId: string;
}

export class ListDepartments {
  constructor(
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  /** @throws SchoolNotFound */
  async execute({ schoolId }: ListDepartmentsInput): Promise<NamedRef[]> {
    const school = await this.schools.findById(SchoolId(schoolId));
    if (!school) throw new SchoolNotFound();
    return (await this.departments.listBySchool(school.id)).map((d) => ({ id: d.id, name: d.name }));
  }
}
