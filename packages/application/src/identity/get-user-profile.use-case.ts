import { UserNotFound, Username, type UserRepository } from '@campus/domain';
import { toPublicUser, type PublicUserDto } from './identity.dto.js';

export interface GetUserProfileInput {
  username: string;
}

export interface UserProfileDto extends PublicUserDto {
  joinedAt: Date;
}

export class GetUserProfile {
  constructor(private readonly users: UserRepository) {}

  /** @throws UserNotFound */
  async execute({ username }: GetUserProfileInput): Promise<UserProfileDto> {
    const user = Username.isWellFormed(username) ? await this.users.findByUsername(username) : null;
    if (!user) throw new UserNotFound();
    return { ...toPublicUser(user), joinedAt: user.joinedAt };
  }
}
