import {
  CommentId,
  NotificationId,
  PostId,
  UserId,
  type Notification,
  type NotificationState,
  type NotificationTarget,
  type NotificationType,
} from '@campus/domain';
import type { InferAttributes } from 'sequelize';
import type { NotificationModel } from './notifications.models.js';

type Row = InferAttributes<NotificationModel>;

export function toRow(notification: Notification): Row {
  const { target, ...state } = notification.snapshot();
  return {
    ...state,
    postId: target.postId ?? null,
    commentId: target.commentId ?? null,
    conversationId: target.conversationId ?? null,
  };
}

export function toDomain(row: Row): NotificationState {
  const target: NotificationTarget = {};
  if (row.postId) target.postId = PostId(row.postId);
  if (row.commentId) target.commentId = CommentId(row.commentId);
  if (row.conversationId) target.conversationId = row.conversationId;
  return {
    id: NotificationId(row.id),
    recipientId: UserId(row.recipientId),
    type: row.type as NotificationType,
    text: row.text,
    target,
    createdAt: new Date(row.createdAt),
    readAt: row.readAt === null ? null : new Date(row.readAt),
  };
}
