import {
  SessionRevoked,
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

  /** @throws ValidationFailed, NicknameReserved, NicknameTaken, UserNotFound, SessionRevoked (deleted meanwhile) */
  async execute({ actor, nickname }: UpdateMeInput): Promise<MeDto> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new UserNotFound();
    if (nickname !== undefined && nickname !== user.nickname) {
      user.changeNickname(nickname);
      // The account was deleted after it was read: its session ended with it.
      if (!(await this.users.save(user))) throw new SessionRevoked();
    }
    return toMe(user, this.schools, this.departments);
  }
}
