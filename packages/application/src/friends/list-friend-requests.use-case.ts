import type { Actor, FriendRequestRepository, UserRepository } from '@campus/domain';
import { profilesOf, toRequestDto, type FriendRequestDto } from './friends.dto.js';

export interface ListFriendRequestsInput {
  actor: Actor;
}

export interface ListFriendRequestsOutput {
  incoming: FriendRequestDto[];
  outgoing: FriendRequestDto[];
}

export class ListFriendRequests {
  constructor(
    private readonly requests: FriendRequestRepository,
    private readonly users: UserRepository,
  ) {}

  async execute({ actor }: ListFriendRequestsInput): Promise<ListFriendRequestsOutput> {
    const [incoming, outgoing] = await Promise.all([
      this.requests.listIncoming(actor.id),
      this.requests.listOutgoing(actor.id),
    ]);
    const profiles = await profilesOf(this.users, [
      actor.id,
      ...incoming.map((r) => r.requesterId),
      ...outgoing.map((r) => r.addresseeId),
    ]);
    return {
      incoming: incoming.map((r) => toRequestDto(r, profiles)),
      outgoing: outgoing.map((r) => toRequestDto(r, profiles)),
    };
  }
}
