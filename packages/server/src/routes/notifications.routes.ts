import type { NotificationsUseCases } from '@campus/application';
import { EventStream } from '../http/event-stream.js';
import { encodeCursor, pageRequest } from '../http/pagination.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentNotification } from '../presenters/notifications.presenter.js';
import {
  markReadBody,
  notificationPageSchema,
  notificationsQuery,
  notificationStreamSchema,
  STREAM_EXAMPLE,
} from './notifications.schemas.js';

const EXAMPLE = {
  id: '0193a1f2-7c4e-7d21-9b3a-5e8f0c2d4a61',
  type: 'comment',
  text: '익명2님이 댓글을 남겼습니다',
  target: {
    postId: '0193a1f0-1b2c-7a3d-8e4f-5a6b7c8d9e0f',
    commentId: '0193a1f2-7c4d-7f00-8a1b-2c3d4e5f6a7b',
  },
  isRead: false,
  createdAt: '2026-03-02T09:15:00.000Z',
};

export function notificationRoutes(uc: NotificationsUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/notifications',
      tag: 'Notifications',
      summary: 'My notifications',
      description:
        'Newest first, with `unreadCount` (all my unread ones, whatever the page). `unread=true` lists only the unread ones. Actors are named as I saw them (`익명2`, `익명(글쓴이)`, a nickname), never the account behind anonymous content.',
      auth: true,
      query: notificationsQuery,
      status: 200,
      response: notificationPageSchema,
      errors: ['VALIDATION_FAILED'],
      examples: { response: { items: [EXAMPLE], nextCursor: null, unreadCount: 1 } },
      handle: async ({ actor, query }) => {
        const page = await uc.listNotifications.execute({
          actor,
          page: pageRequest(query),
          unreadOnly: query.unread === 'true',
        });
        return {
          items: page.items.map(presentNotification),
          nextCursor: page.next ? encodeCursor(page.next) : null,
          unreadCount: page.unreadCount,
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/read',
      tag: 'Notifications',
      summary: 'Mark my notifications read',
      description:
        'Marks read every one of my notifications up to `upTo` (that one and all older), or all of them without `upTo`. An `upTo` that is not one of mine marks nothing.',
      auth: true,
      body: markReadBody,
      status: 204,
      errors: ['VALIDATION_FAILED'],
      examples: { request: { upTo: EXAMPLE.id } },
      handle: ({ actor, body }) => uc.markNotificationsRead.execute({ actor, upTo: body.upTo }),
    }),
    defineRoute({
      method: 'get',
      path: '/notifications/stream',
      tag: 'Notifications',
      summary: 'My notifications as they come (Server-Sent Events)',
      description:
        'Each new notification as an event `notification` whose `id` is the notification id and whose data is the `Notification`, within a second of the write that caused it on any instance. Send the last id seen as `Last-Event-ID` when reconnecting: the ones missed meanwhile come first. A comment line every 25 s keeps the stream open. It ends when the access token it was opened with expires (a comment line `: expired`, then the end), when this session ends (logout, a password change or reset, the account deleted, a refresh token reused) and when the server stops; the client reconnects with a fresh token and `Last-Event-ID`.',
      auth: true,
      status: 200,
      mediaType: 'text/event-stream',
      response: notificationStreamSchema,
      errors: [],
      examples: { response: STREAM_EXAMPLE },
      handle: ({ actor, sessionId, expiresInMs, header }) => {
        const lastEventId = header('last-event-id');
        return Promise.resolve(
          new EventStream(async (sink) => {
            const stream = await uc.openNotificationStream.execute({
              actor,
              sessionId,
              ...(lastEventId && lastEventId.length <= 100 ? { lastEventId } : {}),
              send: (notification) =>
                sink.event('notification', notification.id, presentNotification(notification)),
              end: () => sink.end(),
            });
            return () => stream.close();
          }, expiresInMs),
        );
      },
    }),
  ];
}
