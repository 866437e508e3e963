import { isoTime } from '@campus/adapters/system';
import type { NotificationDto } from '@campus/application';

/** Only these fields, and only the target fields that apply. */
export function presentNotification(notification: NotificationDto) {
  const { postId, commentId, conversationId } = notification.target;
  return {
    id: notification.id,
    type: notification.type,
    text: notification.text,
    target: {
      ...(postId ? { postId } : {}),
      ...(commentId ? { commentId } : {}),
      ...(conversationId ? { conversationId } : {}),
    },
    isRead: notification.isRead,
    createdAt: isoTime(notification.createdAt),
  };
}
