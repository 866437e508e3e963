import {
  FriendRequestId,
  FriendRequestNotFound,
  type Actor,
  type FriendRequestRepository,
} from '@campus/domain';

export interface DeleteFriendRequestInput {
  actor: Actor;
  requestId: string;
}

/** The addressee declines, or the requester cancels; to anyone else the request does not exist. */
export class DeleteFriendRequest {
  constructor(private readonly requests: FriendRequestRepository) {}

  /** @throws FriendRequestNotFound */
  async execute({ actor, requestId }: DeleteFriendRequestInput): Promise<void> {
    const request = await this.requests.findById(FriendRequestId(requestId));
    if (!request) throw new FriendRequestNotFound();
    request.dismiss(actor.id);
    if (!(await this.requests.remove(request.id))) throw new FriendRequestNotFound();
  }
}
