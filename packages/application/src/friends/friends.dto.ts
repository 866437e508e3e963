import type { FriendRequest, UserRepository, UserId } from '@campus/domain';
import { toPublicUser, type PublicUserDto } from '../identity/identity.dto.js';

export interface FriendRequestDto {
  id: string;
  from: PublicUserDto;
  to: PublicUserDto;
  createdAt: Date;
}

export interface FriendDto {
  friend: PublicUserDto;
  since: Date;
}

/** Public profiles of the given users, fetched in one call. */
export async function profilesOf(
  users: UserRepository,
  ids: readonly UserId[],
): Promise<Map<string, PublicUserDto>> {
  const found = await users.findManyByIds([...new Set(ids)]);
  return new Map(found.map((user) => [user.id, toPublicUser(user)]));
}

export function toRequestDto(request: FriendRequest, profiles: Map<string, PublicUserDto>): FriendRequestDto {
  return {
    id: request.id,
    from: profiles.get(request.requesterId)!,
    to: profiles.get(request.addresseeId)!,
    createdAt: request.createdAt,
  };
}
