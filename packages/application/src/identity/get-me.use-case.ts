import {
  UserNotFound,
  type Actor,
  type DepartmentRepository,
  type SchoolRepository,
  type UserRepository,
} from '@campus/domain';
import { toMe, type MeDto } from './identity.dto.js';

export interface GetMeInput {
  actor: Actor;
}

export class GetMe {
  constructor(
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  /** @throws UserNotFound */
  async execute({ actor }: GetMeInput): Promise<MeDto> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new UserNotFound();
    return toMe(user, this.schools, this.departments);
  }
}
