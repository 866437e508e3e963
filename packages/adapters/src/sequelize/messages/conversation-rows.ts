import {
  CommentId,
  Conversation,
  ConversationId,
  Message,
  MessageId,
  PostId,
  UserId,
  type ConversationSubject,
  type ListedConversation,
} from '@campus/domain';
import { toBool, toTime, toTimeOrNull } from '../sql.js';

type Time = Date | string;

export interface ConversationRow {
  id: string;
  subject_kind: string;
  subject_id: string | null;
  starter_id: string;
  starter_anonymous: unknown;
  starter_label: string | null;
  recipient_id: string;
  recipient_anonymous: unknown;
  recipient_label: string | null;
  about_post_id: string | null;
  about_title: string | null;
  created_at: Time;
  closed_at: Time | null;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string;
  content: string;
  sent_at: Time;
}

export interface ListedRow {
  id: string;
  about_post_id: string | null;
  about_title: string | null;
  created_at: Time;
  unread_count: number | string;
  listed_at: Time;
  peer_anonymous: unknown;
  peer_label: string | null;
  peer_user_id: string | null;
  peer_username: string | null;
  peer_nickname: string | null;
  last_content: string | null;
  last_sent_at: Time | null;
  last_sender_id: string | null;
}

export function subjectColumns(subject: ConversationSubject): { kind: string; id: string | null } {
  if (subject.kind === 'post') return { kind: 'post', id: subject.postId };
  if (subject.kind === 'comment') return { kind: 'comment', id: subject.commentId };
  return { kind: 'user', id: null };
}

function subjectOf(row: ConversationRow): ConversationSubject {
  if (row.subject_kind === 'post') return { kind: 'post', postId: PostId(row.subject_id!) };
  if (row.subject_kind === 'comment') return { kind: 'comment', commentId: CommentId(row.subject_id!) };
  return { kind: 'user' };
}

export const toConversation = (row: ConversationRow): Conversation =>
  Conversation.rehydrate({
    id: ConversationId(row.id),
    subject: subjectOf(row),
    starter: {
      userId: UserId(row.starter_id),
      isAnonymous: toBool(row.starter_anonymous),
      label: row.starter_label,
    },
    recipient: {
      userId: UserId(row.recipient_id),
      isAnonymous: toBool(row.recipient_anonymous),
      label: row.recipient_label,
    },
    about: row.about_post_id ? { postId: PostId(row.about_post_id), title: row.about_title ?? '' } : null,
    createdAt: toTime(row.created_at),
    closedAt: toTimeOrNull(row.closed_at),
  });

export const toMessage = (row: MessageRow): Message =>
  Message.rehydrate({
    id: MessageId(row.id),
    conversationId: ConversationId(row.conversation_id),
    senderId: UserId(row.sender_id),
    content: row.content,
    sentAt: toTime(row.sent_at),
  });

export function toListed(row: ListedRow, viewer: string): ListedConversation {
  const isAnonymous = toBool(row.peer_anonymous);
  const user =
    !isAnonymous && row.peer_user_id
      ? { id: UserId(row.peer_user_id), username: row.peer_username!, nickname: row.peer_nickname! }
      : null;
  return {
    id: ConversationId(row.id),
    peer: { isAnonymous, label: isAnonymous ? row.peer_label : null, user },
    about: row.about_post_id ? { postId: PostId(row.about_post_id), title: row.about_title ?? '' } : null,
    lastMessage:
      row.last_sent_at !== null && row.last_content !== null
        ? {
            content: row.last_content,
            sentAt: toTime(row.last_sent_at),
            isMine: row.last_sender_id === viewer,
          }
        : null,
    unreadCount: Number(row.unread_count),
    createdAt: toTime(row.created_at),
    listedAt: toTime(row.listed_at),
  };
}
