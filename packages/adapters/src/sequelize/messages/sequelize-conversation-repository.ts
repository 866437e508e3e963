import {
  AlreadyReported,
  ConversationClosed,
  listedKey,
  messageKey,
  pageFrom,
  type AccountErasure,
  type Conversation,
  type ConversationId,
  type ErasedIds,
  type ConversationRepository,
  type ListedConversation,
  type Message,
  type MessageId,
  type MessageReportRepository,
  type Page,
  type PageRequest,
  type ReportReason,
  type UserId,
} from '@campus/domain';
import { brokenUniqueIndex, translateUnique } from '../errors.js';
import type { Sql } from '../sql.js';
import {
  subjectColumns,
  toConversation,
  toListed,
  toMessage,
  type ConversationRow,
  type ListedRow,
  type MessageRow,
} from './conversation-rows.js';

/*
 * A member's list: their rows of conversation_members in index order, each joined by primary key
 * to its conversation, the other member, the other's account (named sides only: an anonymous
 * side's account is never read) and the last message. One statement at any depth.
 */
const listed = (
  hint: string,
) => `SELECT c.id, c.about_post_id, c.about_title, c.created_at, me.unread_count, me.listed_at,
  CASE WHEN c.starter_id = me.user_id THEN c.recipient_anonymous ELSE c.starter_anonymous END AS peer_anonymous,
  CASE WHEN c.starter_id = me.user_id THEN c.recipient_label ELSE c.starter_label END AS peer_label,
  u.id AS peer_user_id, u.username AS peer_username, u.nickname AS peer_nickname,
  m.content AS last_content, m.sent_at AS last_sent_at, m.sender_id AS last_sender_id
  FROM conversation_members me${hint}
  JOIN conversations c ON c.id = me.conversation_id
  LEFT JOIN users u ON u.id = CASE
    WHEN c.starter_id = me.user_id AND c.recipient_anonymous = 0 THEN c.recipient_id
    WHEN c.recipient_id = me.user_id AND c.starter_anonymous = 0 THEN c.starter_id END
  LEFT JOIN messages m ON m.id = c.last_message_id`;

export class SequelizeConversationRepository implements ConversationRepository {
  constructor(private readonly sql: Sql) {}

  /** Meant for a unit of work: the conversation and its member rows go in together. */
  async open(conversation: Conversation): Promise<Conversation> {
    const c = conversation.snapshot();
    const subject = subjectColumns(c.subject);
    try {
      await this.sql.run(
        `INSERT INTO conversations (id, open_key, subject_kind, subject_id, starter_id, starter_anonymous,
           starter_label, recipient_id, recipient_anonymous, recipient_label, about_post_id, about_title,
           last_message_id, last_message_at, created_at, closed_at)
         VALUES (:id, :openKey, :kind, :subjectId, :starterId, :starterAnonymous, :starterLabel, :recipientId,
           :recipientAnonymous, :recipientLabel, :aboutPostId, :aboutTitle, NULL, NULL, :createdAt, NULL)`,
        {
          id: c.id,
          openKey: conversation.openKey,
          kind: subject.kind,
          subjectId: subject.id,
          starterId: c.starter.userId,
          starterAnonymous: c.starter.isAnonymous,
          starterLabel: c.starter.label,
          recipientId: c.recipient.userId,
          recipientAnonymous: c.recipient.isAnonymous,
          recipientLabel: c.recipient.label,
          aboutPostId: c.about?.postId ?? null,
          aboutTitle: c.about?.title ?? null,
          createdAt: this.sql.time(c.createdAt),
        },
      );
    } catch (error) {
      // Open already, maybe by a request that committed a moment ago: the index decided.
      if (!/open_key/.test(brokenUniqueIndex(error) ?? '')) throw error;
      const row = await this.sql.one<ConversationRow>('SELECT * FROM conversations WHERE open_key = :key', {
        key: conversation.openKey,
      });
      if (!row) throw error;
      return toConversation(row);
    }
    // A member row for each side with an account: the recipient may be the id anonymous content is
    // kept under after its author's deletion (see the port). The conversation's insert triggers have
    // just read each side's account (on MySQL under a shared lock; SQLite has one writer), so none
    // goes between the two statements.
    for (const userId of [c.starter.userId, c.recipient.userId])
      await this.sql.run(
        `INSERT INTO conversation_members (conversation_id, user_id, unread_count, listed_at)
         SELECT :id, id, 0, NULL FROM users WHERE id = :userId`,
        { id: c.id, userId },
      );
    return conversation;
  }

  async findById(id: ConversationId): Promise<Conversation | null> {
    const row = await this.sql.one<ConversationRow>('SELECT * FROM conversations WHERE id = :id', { id });
    return row ? toConversation(row) : null;
  }

  /**
   * The conversation's row is locked first, so messages racing in one conversation take turns:
   * without it, each message's foreign key check holds a shared lock on that row, and two of them
   * then asking to update it deadlock (found by simultaneous first messages on MySQL). Later
   * messages win where two race: each update keeps the newer of what is there and its own. Under
   * that lock a conversation closed meanwhile (a member's account deleted) takes nothing.
   */
  async addMessage(message: Message): Promise<void> {
    const m = message.snapshot();
    const params = { id: m.id, cid: m.conversationId, sender: m.senderId, at: this.sql.time(m.sentAt) };
    const locked = await this.sql.one<{ closed_at: unknown }>(
      `SELECT closed_at FROM conversations WHERE id = :cid${this.sql.forUpdate}`,
      params,
    );
    if (locked && locked.closed_at !== null) throw new ConversationClosed();
    await this.sql.run(
      `INSERT INTO messages (id, conversation_id, sender_id, content, sent_at)
       VALUES (:id, :cid, :sender, :content, :at)`,
      { ...params, content: m.content },
    );
    await this.sql.run(
      `UPDATE conversations SET last_message_id = :id, last_message_at = :at
       WHERE id = :cid AND (last_message_at IS NULL OR last_message_at < :at
         OR (last_message_at = :at AND last_message_id < :id))`,
      params,
    );
    await this.sql.run(
      `UPDATE conversation_members SET
         listed_at = CASE WHEN listed_at IS NULL OR listed_at < :at THEN :at ELSE listed_at END,
         unread_count = CASE WHEN user_id = :sender THEN 0 ELSE unread_count + 1 END
       WHERE conversation_id = :cid`,
      params,
    );
  }

  async markRead(id: ConversationId, userId: UserId): Promise<boolean> {
    return this.changeMember('unread_count = 0', id, userId);
  }

  async hide(id: ConversationId, userId: UserId): Promise<boolean> {
    return this.changeMember('listed_at = NULL', id, userId);
  }

  /** The row is looked up first: an UPDATE that changes nothing is not counted alike by both drivers. */
  private async changeMember(set: string, id: string, userId: string): Promise<boolean> {
    const where = 'WHERE conversation_id = :id AND user_id = :userId';
    const found = await this.sql.one(`SELECT user_id FROM conversation_members ${where}`, { id, userId });
    if (!found) return false;
    await this.sql.run(`UPDATE conversation_members SET ${set} ${where}`, { id, userId });
    return true;
  }

  async listFor(userId: UserId, page: PageRequest): Promise<Page<ListedConversation>> {
    const params: Record<string, unknown> = { userId };
    let after = '';
    if (page.after) {
      after = ' AND (me.listed_at < :afterAt OR (me.listed_at = :afterAt AND me.conversation_id < :afterId))';
      params.afterAt = this.sql.time(new Date(page.after.value));
      params.afterId = page.after.id;
    }
    const rows = await this.sql.select<ListedRow>(
      `${listed(this.sql.forceIndex('conversation_members_list'))}
       WHERE me.user_id = :userId AND me.listed_at IS NOT NULL${after}
       ORDER BY me.listed_at DESC, me.conversation_id DESC ${this.sql.pageLimit(page.limit)}`,
      params,
    );
    return pageFrom(
      rows.map((row) => toListed(row, userId)),
      page.limit,
      listedKey,
    );
  }

  async listMessages(id: ConversationId, page: PageRequest): Promise<Page<Message>> {
    const params: Record<string, unknown> = { id };
    let after = '';
    if (page.after) {
      after = ' AND (sent_at < :afterAt OR (sent_at = :afterAt AND id < :afterId))';
      params.afterAt = this.sql.time(new Date(page.after.value));
      params.afterId = page.after.id;
    }
    const rows = await this.sql.select<MessageRow>(
      `SELECT * FROM messages${this.sql.forceIndex('messages_conversation_page')}
       WHERE conversation_id = :id${after} ORDER BY sent_at DESC, id DESC ${this.sql.pageLimit(page.limit)}`,
      params,
    );
    return pageFrom(rows.map(toMessage), page.limit, messageKey);
  }

  async findMessage(id: MessageId): Promise<Message | null> {
    const row = await this.sql.one<MessageRow>('SELECT * FROM messages WHERE id = :id', { id });
    return row ? toMessage(row) : null;
  }
}

/** One report per (message, member): the primary key decides. */
export class SequelizeMessageReportRepository implements MessageReportRepository {
  constructor(private readonly sql: Sql) {}

  async add(messageId: MessageId, userId: UserId, reason: ReportReason, at: Date): Promise<void> {
    try {
      await this.sql.run(
        `INSERT INTO message_reports (message_id, user_id, reason, created_at)
         VALUES (:messageId, :userId, :reason, :at)`,
        { messageId, userId, reason, at: this.sql.time(at) },
      );
    } catch (error) {
      translateUnique(error, [[/./, () => new AlreadyReported()]]);
    }
  }
}

/**
 * The messages' step of deleting an account: each of its conversations closes and stays with the
 * other member, the deleted side (its column and its messages) re-keyed to one random id of that
 * conversation's own; its members' rows go; its reports stay, each under an id of its own.
 * `closed_at` is the conversation's last message time, never the deletion's (see the port).
 */
export class SequelizeMessagesErasure implements AccountErasure {
  constructor(private readonly sql: Sql) {}

  async erase(userId: UserId, ids: ErasedIds): Promise<void> {
    const sql = this.sql;
    const conversations = await sql.select<{ id: string; starter_id: string }>(
      'SELECT id, starter_id FROM conversations WHERE starter_id = :userId OR recipient_id = :userId',
      { userId },
    );
    for (const { id, starter_id } of conversations) {
      const side = starter_id === userId ? 'starter_id' : 'recipient_id';
      const fresh = ids.next();
      await sql.run(
        `UPDATE conversations SET ${side} = :fresh, open_key = NULL,
           closed_at = COALESCE(closed_at, last_message_at, created_at)
         WHERE id = :id`,
        { fresh, id },
      );
      await sql.run(
        'UPDATE messages SET sender_id = :fresh WHERE conversation_id = :id AND sender_id = :userId',
        {
          fresh,
          id,
          userId,
        },
      );
    }
    await sql.run('DELETE FROM conversation_members WHERE user_id = :userId', { userId });
    const reports = await sql.select<{ message_id: string }>(
      'SELECT message_id FROM message_reports WHERE user_id = :userId',
      { userId },
    );
    for (const { message_id } of reports)
      await sql.run(
        'UPDATE message_reports SET user_id = :fresh WHERE message_id = :messageId AND user_id = :userId',
        {
          fresh: ids.next(),
          messageId: message_id,
          userId,
        },
      );
  }
}
