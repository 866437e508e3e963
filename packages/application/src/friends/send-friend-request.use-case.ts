import {
  AlreadyFriends,
  FriendRequest,
  FriendRequestExists,
  FriendRequestId,
  UserNotFound,
  type Actor,
  type Clock,
  type FriendRequestRepository,
  type FriendshipRepository,
  type IdGenerator,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { toPublicUser } from '../identity/identity.dto.js';
import { profilesOf, toRequestDto, type FriendDto, type FriendRequestDto } from './friends.dto.js';

export interface SendFriendRequestInput {
  actor: Actor;
  username: string;
}

/** A new request, or, when that user had already asked me, our friendship. */
export type SendFriendRequestOutput =
  { kind: 'request'; request: FriendRequestDto } | { kind: 'accepted'; friendship: FriendDto };

export class SendFriendRequest {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly requests: FriendRequestRepository,
    private readonly friendships: FriendshipRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** @throws UserNotFound, CannotFriendSelf, AlreadyFriends, FriendRequestExists */
  async execute({ actor, username }: SendFriendRequestInput): Promise<SendFriendRequestOutput> {
    const target = await this.users.findByUsername(username);
    if (!target) throw new UserNotFound();
    const request = FriendRequest.create(
      { id: FriendRequestId(this.ids.next()), requesterId: actor.id, addresseeId: target.id },
      this.clock.now(),
    );
    if (await this.friendships.areFriends(actor.id, target.id)) throw new AlreadyFriends();
    const theirs = await this.requests.findPending(target.id, actor.id);
    if (theirs) {
      const since = this.clock.now();
      await this.uow.run(async () => {
        if (!(await this.requests.remove(theirs.id))) throw new FriendRequestExists();
        await this.friendships.add(actor.id, target.id, since);
      });
      return { kind: 'accepted', friendship: { friend: toPublicUser(target), since } };
    }
    await this.requests.add(request);
    return {
      kind: 'request',
      request: toRequestDto(request, await profilesOf(this.users, [actor.id, target.id])),
    };
  }
}
