import {
  UserNotFound,
  type Actor,
  type DepartmentRepository,
  type SchoolRepository,
  type UserRepository,
} from '@campus/domain';
import { toMe, type MeDto } from './identity.dto.js';

export interface UpdateMeInput {
  actor: Actor;
  nickname?: string;
}

export class UpdateMe {
  constructor(
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  /** @throws ValidationFailed, NicknameReserved, NicknameTaken, UserNotFound */
  async execute({ actor, nickname }: UpdateMeInput): Promise<MeDto> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new UserNotFound();
    if (nickname !== undefined && nickname !== user.nickname) {
      user.changeNickname(nickname);
      await this.users.save(user);
    }
    return toMe(user, this.schools, this.departments);
  }
}
