import {
  Blocked,
  FriendRequestId,
  FriendRequestNotFound,
  notificationTexts,
  UserNotFound,
  type Actor,
  type BlockRepository,
  type Clock,
  type FriendRequestRepository,
  type FriendshipRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { toPublicUser } from '../identity/identity.dto.js';
import type { Notifier } from '../notifications/notifier.js';
import type { FriendDto } from './friends.dto.js';

export interface AcceptFriendRequestInput {
  actor: Actor;
  requestId: string;
}

export class AcceptFriendRequest {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FriendRequestRepository,
    private readonly friendships: FriendshipRepository,
    private readonly users: UserRepository,
    private readonly clock: Clock,
    private readonly blocks: BlockRepository,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Only the addressee may accept; the request goes and the friendship comes in one unit of work,
   * so of two concurrent accepts one wins and the other finds no request.
   * A request made before either blocked the other by name cannot be accepted after.
   * @throws FriendRequestNotFound, Blocked, AlreadyFriends
   */
  async execute({ actor, requestId }: AcceptFriendRequestInput): Promise<FriendDto> {
    const request = await this.requests.findById(FriendRequestId(requestId));
    if (!request) throw new FriendRequestNotFound();
    const friendship = request.accept(actor.id, this.clock.now());
    if (await this.blocks.eitherBlocksMember(friendship.userId, friendship.friendId)) throw new Blocked();
    // Read before the write: the requester is told my nickname in the same unit.
    const me = await this.users.findById(actor.id);
    await this.uow.run(async () => {
      await this.friendships.lockPair(friendship.userId, friendship.friendId);
      if (!(await this.requests.remove(request.id))) throw new FriendRequestNotFound();
      await this.friendships.add(friendship.userId, friendship.friendId, friendship.since);
      await this.notifier.notify({
        recipientId: request.requesterId,
        type: 'friend_accepted',
        text: notificationTexts.friendAccepted(me?.nickname ?? ''),
        actor: { id: actor.id, named: true },
      });
    });
    const friend = await this.users.findById(friendship.friendId);
    if (!friend) throw new UserNotFound();
    return { friend: toPublicUser(friend), since: friendship.since };
  }
}
