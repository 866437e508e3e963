import {
  FriendRequestId,
  FriendRequestNotFound,
  UserNotFound,
  type Actor,
  type Clock,
  type FriendRequestRepository,
  type FriendshipRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { toPublicUser } from '../identity/identity.dto.js';
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
  ) {}

  /** Only the addressee may accept. @throws FriendRequestNotFound, AlreadyFriends */
  async execute({ actor, requestId }: AcceptFriendRequestInput): Promise<FriendDto> {
    const request = await this.requests.findById(FriendRequestId(requestId));
    if (!request) throw new FriendRequestNotFound();
    request.assertAcceptableBy(actor.id);
    const since = this.clock.now();
    await this.uow.run(async () => {
      if (!(await this.requests.remove(request.id))) throw new FriendRequestNotFound();
      await this.friendships.add(request.requesterId, request.addresseeId, since);
    });
    const friend = await this.users.findById(request.requesterId);
    if (!friend) throw new UserNotFound();
    return { friend: toPublicUser(friend), since };
  }
}
