import { isoTime } from '@campus/adapters/system';
import type { FriendDto, FriendRequestDto } from '@campus/application';
import { presentUser } from './identity.presenter.js';

export function presentFriendRequest(request: FriendRequestDto) {
  return {
    id: request.id,
    from: presentUser(request.from),
    to: presentUser(request.to),
    createdAt: isoTime(request.createdAt),
  };
}

export function presentFriend(friend: FriendDto) {
  return { friend: presentUser(friend.friend), since: isoTime(friend.since) };
}
