import type { Brand, CommentId, PostId, UserId } from '../shared/ids.js';

export type NotificationId = Brand<string, 'NotificationId'>;
export const NotificationId = (value: string) => value as NotificationId;

export const NOTIFICATION_TYPES = [
  'comment',
  'reply',
  'hot',
  'message',
  'friend_request',
  'friend_accepted',
  'moderation',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What a notification leads to; each field only when it applies. */
export interface NotificationTarget {
  postId?: PostId;
  commentId?: CommentId;
  conversationId?: string;
}

export interface NotificationState {
  id: NotificationId;
  recipientId: UserId;
  type: NotificationType;
  /** Already worded for the recipient: actors named as the recipient saw them. */
  text: string;
  target: NotificationTarget;
  createdAt: Date;
  readAt: Date | null;
}

/** Something a member is told of. Written once, then only marked read. */
export class Notification {
  private constructor(private readonly state: NotificationState) {}

  static create(input: Omit<NotificationState, 'createdAt' | 'readAt'>, now: Date): Notification {
    const target: NotificationTarget = {};
    // Only the fields that apply, so a stored target round-trips the same on every storage.
    if (input.target.postId) target.postId = input.target.postId;
    if (input.target.commentId) target.commentId = input.target.commentId;
    if (input.target.conversationId) target.conversationId = input.target.conversationId;
    return new Notification({ ...input, target, createdAt: now, readAt: null });
  }

  static rehydrate(state: NotificationState): Notification {
    return new Notification({ ...state, target: { ...state.target } });
  }

  get id(): NotificationId {
    return this.state.id;
  }

  get recipientId(): UserId {
    return this.state.recipientId;
  }

  snapshot(): NotificationState {
    return { ...this.state, target: { ...this.state.target } };
  }
}
