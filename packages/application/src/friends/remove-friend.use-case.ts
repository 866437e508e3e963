import { NotFriends, UserId, type Actor, type FriendshipRepository } from '@campus/domain';

export interface RemoveFriendInput {
  actor: Actor;
  userId: string;
}

/** Either side may end a friendship; it takes effect at once, on every read path. */
export class RemoveFriend {
  constructor(private readonly friendships: FriendshipRepository) {}

  /** @throws NotFriends */
  async execute({ actor, userId }: RemoveFriendInput): Promise<void> {
    if (!(await this.friendships.remove(actor.id, UserId(userId)))) throw new NotFriends();
  }
}
