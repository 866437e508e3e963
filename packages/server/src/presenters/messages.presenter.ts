import { isoTime } from '@campus/adapters/system';
import type { ConversationDto, MessageDto, SendMessageOutput } from '@campus/application';
import { presentUser } from './identity.presenter.js';

/** Names every field: a conversation's peer shows an account only when that side is named. */
export function presentConversation(c: ConversationDto) {
  return {
    id: c.id,
    peer: {
      label: c.peer.label,
      isAnonymous: c.peer.isAnonymous,
      user: c.peer.isAnonymous || !c.peer.user ? null : presentUser(c.peer.user),
    },
    about: c.about ? { postId: c.about.postId, title: c.about.title } : null,
    lastMessage: c.lastMessage
      ? {
          content: c.lastMessage.content,
          sentAt: isoTime(c.lastMessage.sentAt),
          isMine: c.lastMessage.isMine,
        }
      : null,
    unreadCount: c.unreadCount,
    createdAt: isoTime(c.createdAt),
  };
}

export function presentMessage(m: MessageDto) {
  return {
    id: m.id,
    conversationId: m.conversationId,
    content: m.content,
    isMine: m.isMine,
    sentAt: isoTime(m.sentAt),
  };
}

export function presentSent(sent: SendMessageOutput) {
  return { conversation: presentConversation(sent.conversation), message: presentMessage(sent.message) };
}
