import { NOTIFICATION_TYPES } from '@campus/domain';
import { pageQuery } from '../http/pagination.js';
import { z } from '../openapi/zod-extension.js';

export const notificationsQuery = z.strictObject({
  ...pageQuery,
  unread: z.enum(['true', 'false']).optional().openapi({ description: '`true`: only the unread ones.' }),
});

export const markReadBody = z.strictObject({
  upTo: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'The newest notification to mark read, included; all of mine when absent.' }),
});

export const notificationSchema = z
  .object({
    id: z.string(),
    type: z.enum(NOTIFICATION_TYPES),
    text: z.string().openapi({ example: '익명2님이 댓글을 남겼습니다' }),
    target: z.object({
      postId: z.string().optional(),
      commentId: z.string().optional(),
      conversationId: z.string().optional(),
    }),
    isRead: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Notification');

export const notificationPageSchema = z
  .object({
    items: z.array(notificationSchema),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; `null` on the last page.' }),
    unreadCount: z
      .number()
      .int()
      .openapi({ description: 'How many of my notifications are unread, in all.' }),
  })
  .openapi('NotificationPage');

export const STREAM_EXAMPLE =
  'event: notification\nid: 0193a1f2-7c4e-7d21-9b3a-5e8f0c2d4a61\ndata: {"id":"0193a1f2-7c4e-7d21-9b3a-5e8f0c2d4a61","type":"comment","text":"익명2님이 댓글을 남겼습니다","target":{"postId":"0193a1f0-1b2c-7a3d-8e4f-5a6b7c8d9e0f","commentId":"0193a1f2-7c4d-7f00-8a1b-2c3d4e5f6a7b"},"isRead":false,"createdAt":"2026-03-02T09:15:00.000Z"}\n\n';

export const notificationStreamSchema = z.string().openapi('NotificationEventStream', {
  description:
    'Server-Sent Events: `event: notification`, `id: <notification id>`, `data: <Notification as JSON>`; a comment line (`: keep-alive`) every 25 s.',
  example: STREAM_EXAMPLE,
});
