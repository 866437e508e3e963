import type { Actor, FriendshipRepository, UserRepository } from '@campus/domain';
import { profilesOf, type FriendDto } from './friends.dto.js';

export interface ListFriendsInput {
  actor: Actor;
}

export class ListFriends {
  constructor(
    private readonly friendships: FriendshipRepository,
    private readonly users: UserRepository,
  ) {}

  async execute({ actor }: ListFriendsInput): Promise<FriendDto[]> {
    const friendships = await this.friendships.list(actor.id);
    const profiles = await profilesOf(
      this.users,
      friendships.map((f) => f.friendId),
    );
    return friendships.map((f) => ({ friend: profiles.get(f.friendId)!, since: f.since }));
  }
}
