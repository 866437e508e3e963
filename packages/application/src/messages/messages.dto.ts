import {
  DEPARTED_AUTHOR,
  type ConversationSide,
  type ListedConversation,
  type Message,
  type Page,
  type User,
  type UserId,
} from '@campus/domain';
import type { PublicUserDto } from '../identity/identity.dto.js';
import type { PageDto } from '../board/board.dto.js';

/** The other side as a member sees it: an anonymous side by its label alone, never its account. */
export interface PeerDto {
  label: string;
  isAnonymous: boolean;
  user: PublicUserDto | null;
}

export interface ConversationDto {
  id: string;
  peer: PeerDto;
  about: { postId: string; title: string } | null;
  lastMessage: { content: string; sentAt: Date; isMine: boolean } | null;
  unreadCount: number;
  createdAt: Date;
}

export interface MessageDto {
  id: string;
  conversationId: string;
  content: string;
  isMine: boolean;
  sentAt: Date;
}

/**
 * A named side whose account is gone (deleted: the conversation is closed and the side re-keyed)
 * shows as the board shows a departed author. An anonymous side shows its label, as before.
 */
const UNKNOWN_MEMBER = DEPARTED_AUTHOR;

export function toMessageDto(message: Message, viewer: UserId): MessageDto {
  return {
    id: message.id,
    conversationId: message.conversationId,
    content: message.content,
    isMine: message.isSentBy(viewer),
    sentAt: message.sentAt,
  };
}

export function toMessagePage(page: Page<Message>, viewer: UserId): PageDto<MessageDto> {
  return { items: page.items.map((m) => toMessageDto(m, viewer)), next: page.next };
}

export function toListedDto(listed: ListedConversation): ConversationDto {
  const { peer } = listed;
  const user = peer.isAnonymous || !peer.user ? null : { ...peer.user };
  return {
    id: listed.id,
    peer: {
      label: peer.isAnonymous ? (peer.label ?? '익명') : (user?.nickname ?? UNKNOWN_MEMBER),
      isAnonymous: peer.isAnonymous,
      user,
    },
    about: listed.about ? { ...listed.about } : null,
    lastMessage: listed.lastMessage ? { ...listed.lastMessage } : null,
    unreadCount: listed.unreadCount,
    createdAt: listed.createdAt,
  };
}

/**
 * A side as the other sees it. `account` is the side's account, read only for a named side (an
 * anonymous side's is never read, so nothing about it can reach the answer).
 */
export function peerView(side: ConversationSide, account: User | null): PeerDto {
  if (side.isAnonymous) return { label: side.label ?? '익명', isAnonymous: true, user: null };
  const user = account ? { id: account.id, username: account.username, nickname: account.nickname } : null;
  return { label: user?.nickname ?? UNKNOWN_MEMBER, isAnonymous: false, user };
}
