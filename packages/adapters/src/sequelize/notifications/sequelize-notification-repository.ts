import {
  pageFrom,
  SessionRevoked,
  type Keyset,
  type Notification,
  type NotificationId,
  type NotificationRepository,
  type NotificationState,
  type Page,
  type PageRequest,
  type UserId,
} from '@campus/domain';
import { Op, type WhereOptions } from 'sequelize';
import type { Sql } from '../sql.js';
import type { TransactionContext } from '../unit-of-work.js';
import { toDomain, toRow } from './notification.mapper.js';
import type { NotificationModel } from './notifications.models.js';

const keyOf = (n: NotificationState): Keyset => ({ value: n.createdAt.getTime(), id: n.id });

/** Rows strictly before (`lt`) or after (`gt`) a (createdAt, id) position, in one index range. */
function beyond(op: typeof Op.lt | typeof Op.gt, createdAt: Date, id: string): WhereOptions {
  return { [Op.or]: [{ createdAt: { [op]: createdAt } }, { createdAt, id: { [op]: id } }] };
}

/** Every read is one statement on one of the recipient's indexes, at any depth of the list. */
export class SequelizeNotificationRepository implements NotificationRepository {
  constructor(
    private readonly model: typeof NotificationModel,
    private readonly tx: TransactionContext,
    private readonly sql: Sql,
  ) {}

  private get transaction() {
    return this.tx.current() ?? null;
  }

  /**
   * A recipient whose account is gone (the author of content kept after a deletion, re-keyed to an
   * id no account has) is told nothing: its foreign key refuses the row, and that refusal is not
   * the writer's (whose session is fine), so it is dropped here instead of failing the write.
   */
  async add(notification: Notification): Promise<void> {
    const row = toRow(notification);
    // Hand-written, as the board's writes: a model's `create` cost a comment about as much CPU as
    // every other statement of its unit together.
    try {
      await this.sql.run(
        `INSERT INTO notifications
           (id, recipient_id, type, text, post_id, comment_id, conversation_id, created_at, read_at)
         VALUES (:id, :recipientId, :type, :text, :postId, :commentId, :conversationId, :createdAt, :readAt)`,
        {
          ...row,
          createdAt: this.sql.time(row.createdAt),
          readAt: row.readAt === null ? null : this.sql.time(row.readAt),
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
    const rows = await this.model.findAll({
      where: {
        recipientId,
        ...(unreadOnly ? { readAt: { [Op.is]: null } } : {}),
        ...(after ? beyond(Op.lt, new Date(after.value), after.id) : {}),
      },
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: limit + 1,
      raw: true,
      transaction: this.transaction,
    });
    return pageFrom(rows.map(toDomain), limit, keyOf);
  }

  unreadCount(recipientId: UserId): Promise<number> {
    return this.model.count({
      where: { recipientId, readAt: { [Op.is]: null } },
      transaction: this.transaction,
    });
  }

  async markRead(recipientId: UserId, upTo: NotificationId | null, now: Date): Promise<void> {
    const bound = upTo === null ? null : await this.position(recipientId, upTo);
    if (upTo !== null && !bound) return;
    await this.model.update(
      { readAt: now },
      {
        where: {
          recipientId,
          readAt: { [Op.is]: null },
          ...(bound ? { [Op.not]: beyond(Op.gt, bound.createdAt, bound.id) } : {}),
        },
        transaction: this.transaction,
      },
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
    const rows = await this.model.findAll({
      where: { recipientId, ...(from ? beyond(Op.gt, from.createdAt, from.id) : {}) },
      order: [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
      limit,
      raw: true,
      transaction: this.transaction,
    });
    return rows.map(toDomain);
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
  private async position(
    recipientId: UserId,
    id: NotificationId,
  ): Promise<{ createdAt: Date; id: string } | null> {
    const row = await this.model.findOne({
      where: { id, recipientId },
      attributes: ['createdAt', 'id'],
      raw: true,
      transaction: this.transaction,
    });
    return row ? { createdAt: new Date(row.createdAt), id: row.id } : null;
  }
}
