import type { PageRequest, Page } from '../shared/pagination.js';
import type { SessionId, UserId } from '../shared/ids.js';
import { token, type Token } from '../shared/token.js';
import type { Notification, NotificationId, NotificationState } from './notification.entity.js';

/**
 * A member's notifications, newest first by (createdAt, id). Calls made inside a unit of work join
 * it, so a notification commits with the write that caused it, or not at all.
 */
export interface NotificationRepository {
  add(notification: Notification): Promise<void>;
  /** One keyset page, newest first; only the unread ones when `unreadOnly`. */
  page(recipientId: UserId, page: PageRequest, unreadOnly: boolean): Promise<Page<NotificationState>>;
  unreadCount(recipientId: UserId): Promise<number>;
  /**
   * Marks read every unread notification of the recipient up to `upTo` (included, by the list's
   * order), or all of them when `upTo` is null; an `upTo` that is not theirs marks nothing.
   */
  markRead(recipientId: UserId, upTo: NotificationId | null, now: Date): Promise<void>;
  /**
   * The recipient's notifications after `afterId` (excluded; from the first when null), oldest
   * first, at most `limit`: what a stream that last saw `afterId` missed. Null when `afterId` is
   * not one of theirs.
   */
  after(
    recipientId: UserId,
    afterId: NotificationId | null,
    limit: number,
  ): Promise<NotificationState[] | null>;
  /**
   * Deletes at most `limit` notifications made before `cutoff`, whoever they belong to, oldest
   * first, in one statement (one short lock, however many are old); answers how many it deleted.
   * Called outside a unit of work, each call commits by itself.
   */
  pruneBefore(cutoff: Date, limit: number): Promise<number>;
}

/** How long a notification is kept: the contract lets older ones be pruned. */
export const NOTIFICATION_RETENTION_DAYS = 90;

export const NOTIFICATION_REPOSITORY: Token<NotificationRepository> = token('NotificationRepository');

/**
 * Tells the members' open streams, on every instance, of a stored notification. Delivery waits
 * for the current unit of work to commit and never happens when it rolls back; a failed delivery
 * never fails the write (the stream catches up from the store).
 */
export interface NotificationPublisher {
  publish(notification: NotificationState): Promise<void>;
}
export const NOTIFICATION_PUBLISHER: Token<NotificationPublisher> = token('NotificationPublisher');

/**
 * Whether `readerId` blocked `actorId` by username: then the actor's named actions notify them of
 * nothing. Anonymous actions are never asked about (a missing notification would tell who acted).
 */
export interface NotificationBlocks {
  hasBlockedNamed(readerId: UserId, actorId: UserId): Promise<boolean>;
}
export const NOTIFICATION_BLOCKS: Token<NotificationBlocks> = token('NotificationBlocks');

/** One open stream of one session. */
export interface NotificationSubscriber {
  readonly recipientId: UserId;
  readonly sessionId: SessionId;
  /** A notification published for the recipient. */
  deliver(notification: NotificationState): void;
  /** Some may have been missed (the bus was cut off and is back): read the store again. */
  resync(): void;
  /** The session ended, or the service stops: the stream ends. */
  end(): void;
}

/** The live side of notifications: who is listening on this instance. */
export interface NotificationFeed {
  /** Returns the unsubscribe. */
  subscribe(subscriber: NotificationSubscriber): () => void;
}
export const NOTIFICATION_FEED: Token<NotificationFeed> = token('NotificationFeed');
