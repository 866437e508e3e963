import {
  AlreadyFriends,
  Blocked,
  FriendRequest,
  FriendRequestExists,
  FriendRequestId,
  notificationTexts,
  UserNotFound,
  Username,
  type Actor,
  type BlockRepository,
  type Clock,
  type FriendRequestRepository,
  type FriendshipRepository,
  type IdGenerator,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { toPublicUser } from '../identity/identity.dto.js';
import type { Notifier } from '../notifications/notifier.js';
import { profilesOf, toRequestDto, type FriendDto, type FriendRequestDto } from './friends.dto.js';

export interface SendFriendRequestInput {
  actor: Actor;
  username: string;
}

/** A new request (201), or, when that user had already asked me, our friendship (200). */
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
    private readonly guard: WriteGuard,
    private readonly blocks: BlockRepository,
    private readonly notifier: Notifier,
  ) {}

  /** @throws TooFast, UserNotFound, CannotFriendSelf, Blocked (either blocked the other by name), AlreadyFriends, FriendRequestExists (a unique pair index decides) */
  execute(input: SendFriendRequestInput): Promise<SendFriendRequestOutput> {
    return this.guard.run(input.actor.id, 'other', () => this.write(input));
  }

  private async write({ actor, username }: SendFriendRequestInput): Promise<SendFriendRequestOutput> {
    const target = Username.isWellFormed(username) ? await this.users.findByUsername(username) : null;
    if (!target) throw new UserNotFound();
    const now = this.clock.now();
    const mine = FriendRequest.create(
      { id: FriendRequestId(this.ids.next()), requesterId: actor.id, addresseeId: target.id },
      now,
    );
    if (await this.blocks.eitherBlocksMember(actor.id, target.id)) throw new Blocked();
    // Read before the write: once it is committed, nothing more is read for the answer.
    const profiles = await profilesOf(this.users, [actor.id, target.id]);
    const myName = profiles.get(actor.id)?.nickname ?? '';
    let accepted: boolean;
    try {
      accepted = await this.acceptTheirsOrAsk(mine, myName, now);
    } catch (error) {
      // We asked each other at once: each found no request of the other's, and the pair's unique
      // index refused the later one. The other's request is there now, so mine accepts it.
      if (!(error instanceof FriendRequestExists)) throw error;
      if (!(await this.requests.findPending(target.id, actor.id))) throw error;
      accepted = await this.acceptTheirsOrAsk(mine, myName, now);
    }
    if (accepted) return { kind: 'accepted', friendship: { friend: toPublicUser(target), since: now } };
    return { kind: 'request', request: toRequestDto(mine, profiles) };
  }

  /**
   * In one unit: accepts their pending request to me (true), or stores mine (false), and tells
   * them which, naming me by my nickname.
   */
  private acceptTheirsOrAsk(mine: FriendRequest, myName: string, now: Date): Promise<boolean> {
    const [me, them] = [mine.requesterId, mine.addresseeId];
    return this.uow.run(async () => {
      await this.friendships.lockPair(me, them);
      if (await this.friendships.areFriends(me, them)) throw new AlreadyFriends();
      const theirs = await this.requests.findPending(them, me);
      // When theirs is gone meanwhile (cancelled), mine is an ordinary new request.
      if (theirs && (await this.requests.remove(theirs.id))) {
        const friendship = theirs.accept(me, now);
        await this.friendships.add(friendship.userId, friendship.friendId, friendship.since);
        await this.notifier.notify({
          recipientId: them,
          type: 'friend_accepted',
          text: notificationTexts.friendAccepted(myName),
          actor: { id: me, named: true },
        });
        return true;
      }
      await this.requests.add(mine);
      await this.notifier.notify({
        recipientId: them,
        type: 'friend_request',
        text: notificationTexts.friendRequest(myName),
        actor: { id: me, named: true },
      });
      return false;
    });
  }
}
