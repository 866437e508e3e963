import {
  CommentId,
  NotificationId,
  PostId,
  pageFrom,
  SessionRevoked,
  UserId,
  type Keyset,
  type Notification,
  type NotificationRepository,
  type NotificationState,
  type NotificationTarget,
  type NotificationType,
  type Page,
  type PageRequest,
} from '@campus/domain';
import { toTime, toTimeOrNull, type Sql } from '../sql.js';

interface NotificationRow {
  id: string;
  recipient_id: string;
  type: string;
  text: string;
  post_id: string | null;
  comment_id: string | null;
  conversation_id: string | null;
  created_at: Date | string;
  read_at: Date | string | null;
}

type Position = { createdAt: Date; id: string };

const keyOf = (n: NotificationState): Keyset => ({ value: n.createdAt.getTime(), id: n.id });

function fromRow(row: NotificationRow): NotificationState {
  const target: NotificationTarget = {};
  if (row.post_id) target.postId = PostId(row.post_id);
  if (row.comment_id) target.commentId = CommentId(row.comment_id);
  if (row.conversation_id) target.conversationId = row.conversation_id;
  return {
    id: NotificationId(row.id),
    recipientId: UserId(row.recipient_id),
    type: row.type as NotificationType,
    text: row.text,
    target,
    createdAt: toTime(row.created_at),
    readAt: toTimeOrNull(row.read_at),
  };
}

/** Every read is one statement on one of the recipient's indexes, at any depth of the list. */
export class SequelizeNotificationRepository implements NotificationRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * A recipient whose account is gone (the author of content kept after a deletion, re-keyed to an
   * id no account has) is told nothing: its foreign key refuses the row, and that refusal is not
   * the writer's (whose session is fine), so it is dropped here instead of failing the write.
   */
  async add(notification: Notification): Promise<void> {
    const { target, ...state } = notification.snapshot();
    // Hand-written, as the board's writes: a model's `create` cost a comment about as much CPU as
    // every other statement of its unit together.
    try {
      await this.sql.run(
        `INSERT INTO notifications
           (id, recipient_id, type, text, post_id, comment_id, conversation_id, created_at, read_at)
         VALUES (:id, :recipientId, :type, :text, :postId, :commentId, :conversationId, :createdAt, :readAt)`,
        {
          id: state.id,
          recipientId: state.recipientId,
          type: state.type,
          text: state.text,
          postId: target.postId ?? null,
          commentId: target.commentId ?? null,
          conversationId: target.conversationId ?? null,
          createdAt: this.sql.time(state.createdAt),
          readAt: this.sql.timeOrNull(state.readAt),
        },
      );
    } catch (error) {
      // `Sql` reports a write refused for an account that is gone as the session ending; here the
      // only account the row names is the recipient's.
      if (!(error instanceof SessionRevoked)) throw error;
    }
  }

  async page(
    recipientId: UserId,
    { limit, after }: PageRequest,
    unreadOnly: boolean,
  ): Promise<Page<NotificationState>> {
    const where = ['recipient_id = :recipientId'];
    const params: Record<string, unknown> = { recipientId };
    if (unreadOnly) where.push('read_at IS NULL');
    if (after) where.push(this.beyond('<', { createdAt: new Date(after.value), id: after.id }, params));
    const rows = await this.sql.select<NotificationRow>(
      `SELECT * FROM notifications WHERE ${where.join(' AND ')}
       ORDER BY created_at DESC, id DESC ${this.sql.pageLimit(limit)}`,
      params,
    );
    return pageFrom(rows.map(fromRow), limit, keyOf);
  }

  async unreadCount(recipientId: UserId): Promise<number> {
    const row = await this.sql.one<{ n: number | string }>(
      'SELECT COUNT(*) AS n FROM notifications WHERE recipient_id = :recipientId AND read_at IS NULL',
      { recipientId },
    );
    return Number(row?.n ?? 0);
  }

  async markRead(recipientId: UserId, upTo: NotificationId | null, now: Date): Promise<void> {
    const bound = upTo === null ? null : await this.position(recipientId, upTo);
    if (upTo !== null && !bound) return;
    const params: Record<string, unknown> = { recipientId, now: this.sql.time(now) };
    const upToBound = bound ? ` AND NOT ${this.beyond('>', bound, params)}` : '';
    await this.sql.run(
      `UPDATE notifications SET read_at = :now
       WHERE recipient_id = :recipientId AND read_at IS NULL${upToBound}`,
      params,
    );
  }

  async after(
    recipientId: UserId,
    afterId: NotificationId | null,
    limit: number,
  ): Promise<NotificationState[] | null> {
    const from = afterId === null ? null : await this.position(recipientId, afterId);
    if (afterId !== null && !from) return null;
    if (limit === 0) return [];
    if (!Number.isSafeInteger(limit) || limit < 1) throw new TypeError(`Not a limit: ${String(limit)}`);
    const params: Record<string, unknown> = { recipientId };
    const rows = await this.sql.select<NotificationRow>(
      `SELECT * FROM notifications
       WHERE recipient_id = :recipientId${from ? ` AND ${this.beyond('>', from, params)}` : ''}
       ORDER BY created_at, id LIMIT ${limit}`,
      params,
    );
    return rows.map(fromRow);
  }

  /**
   * One statement on `notifications_created` (migration 0017): MySQL deletes the oldest range
   * with ORDER BY and LIMIT; SQLite, whose DELETE takes no LIMIT, deletes the ids that range
   * selects.
   */
  pruneBefore(cutoff: Date, limit: number): Promise<number> {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new TypeError(`Not a batch size: ${String(limit)}`);
    const statement =
      this.sql.dialect === 'mysql'
        ? `DELETE FROM notifications WHERE created_at < :cutoff ORDER BY created_at LIMIT ${limit}`
        : `DELETE FROM notifications WHERE id IN (SELECT id FROM notifications WHERE created_at < :cutoff ORDER BY created_at LIMIT ${limit})`;
    return this.sql.run(statement, { cutoff: this.sql.time(cutoff) });
  }

  /** Where one of the recipient's notifications stands in their list; null when it is not theirs. */
  private async position(recipientId: UserId, id: NotificationId): Promise<Position | null> {
    const row = await this.sql.one<{ created_at: Date | string; id: string }>(
      'SELECT created_at, id FROM notifications WHERE id = :id AND recipient_id = :recipientId',
      { id, recipientId },
    );
    return row ? { createdAt: toTime(row.created_at), id: row.id } : null;
  }

  /**
   * Rows strictly before (`<`) or after (`>`) a position in the (created_at, id) order, in one range
   * of the recipient's index; its values are added to `params`.
   */
  private beyond(op: '<' | '>', at: Position, params: Record<string, unknown>): string {
    params.atTime = this.sql.time(at.createdAt);
    params.atId = at.id;
    return `(created_at ${op} :atTime OR (created_at = :atTime AND id ${op} :atId))`;
  }
}
