import {
  pageFrom,
  type Keyset,
  type Notification,
  type NotificationId,
  type NotificationRepository,
  type NotificationState,
  type Page,
  type PageRequest,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

const keyOf = (n: NotificationState): Keyset => ({ value: n.createdAt.getTime(), id: n.id });

/** (createdAt, id) ascending, the order the SQL index keeps. */
function compare(a: Keyset, b: Keyset): number {
  if (a.value !== b.value) return a.value - b.value;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Notifications by id, each recipient's read in the list's order, as the SQL index reads them. */
export class InMemoryNotificationRepository implements NotificationRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<NotificationState>('notifications');
  }

  private of(recipientId: UserId): NotificationState[] {
    return [...this.rows.values()]
      .filter((n) => n.recipientId === recipientId)
      .sort((a, b) => compare(keyOf(a), keyOf(b)));
  }

  add(notification: Notification): Promise<void> {
    const row = notification.snapshot();
    if (this.rows.has(row.id)) return Promise.reject(new Error('A notification id is stored twice.'));
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  page(
    recipientId: UserId,
    { limit, after }: PageRequest,
    unreadOnly: boolean,
  ): Promise<Page<NotificationState>> {
    const rows = this.of(recipientId)
      .reverse()
      .filter((n) => !unreadOnly || n.readAt === null)
      .filter((n) => !after || compare(keyOf(n), after) < 0)
      .slice(0, limit + 1)
      .map((n) => structuredClone(n));
    return Promise.resolve(pageFrom(rows, limit, keyOf));
  }

  unreadCount(recipientId: UserId): Promise<number> {
    return Promise.resolve(this.of(recipientId).filter((n) => n.readAt === null).length);
  }

  markRead(recipientId: UserId, upTo: NotificationId | null, now: Date): Promise<void> {
    const mine = this.of(recipientId);
    const bound = upTo === null ? null : mine.find((n) => n.id === upTo);
    if (upTo !== null && !bound) return Promise.resolve();
    for (const n of mine)
      if (n.readAt === null && (!bound || compare(keyOf(n), keyOf(bound)) <= 0))
        this.rows.set(n.id, { ...n, readAt: now });
    return Promise.resolve();
  }

  after(
    recipientId: UserId,
    afterId: NotificationId | null,
    limit: number,
  ): Promise<NotificationState[] | null> {
    const mine = this.of(recipientId);
    const from = afterId === null ? -1 : mine.findIndex((n) => n.id === afterId);
    if (from < 0 && afterId !== null) return Promise.resolve(null);
    return Promise.resolve(mine.slice(from + 1, from + 1 + limit).map((n) => structuredClone(n)));
  }

  pruneBefore(cutoff: Date, limit: number): Promise<number> {
    const old = [...this.rows.values()]
      .filter((n) => n.createdAt.getTime() < cutoff.getTime())
      .sort((a, b) => compare(keyOf(a), keyOf(b)))
      .slice(0, limit);
    for (const n of old) this.rows.delete(n.id);
    return Promise.resolve(old.length);
  }
}
