import type { SchoolRepository } from '@campus/domain';
import type { NamedRef } from './identity.dto.js';

export class ListSchools {
  constructor(private readonly schools: SchoolRepository) {}

  async execute(): Promise<NamedRef[]> {
    return (await this.schools.list()).map((school) => ({ id: school.id, name: school.name }));
  }
}
