import {
  AlreadyReported,
  Conversation,
  ConversationClosed,
  Message,
  listedKey,
  messageKey,
  pageFrom,
  type AccountErasure,
  type ConversationId,
  type ConversationRepository,
  type ErasedIds,
  type ConversationState,
  type Keyset,
  type ListedConversation,
  type MessageId,
  type MessageReportRepository,
  type MessageState,
  type Page,
  type PageRequest,
  type ReportReason,
  type UserId,
  type UserState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

interface ConversationRow extends ConversationState {
  /** Null once closed: as in SQL, where a NULL takes no place in the unique index. */
  openKey: string | null;
  lastMessageId: MessageId | null;
}

interface MemberRow {
  conversationId: ConversationId;
  userId: UserId;
  unreadCount: number;
  /** Its last message's time while in the member's list; null once they deleted it. */
  listedAt: Date | null;
}

/** A member's report of a message, keyed `messageId|userId` like the SQL primary key. */
export interface ReportRow {
  messageId: MessageId;
  userId: UserId;
  reason: ReportReason;
  at: Date;
}

/** The conversation without the store's own columns. */
function toConversation({ openKey: _key, lastMessageId: _last, ...state }: ConversationRow): Conversation {
  return Conversation.rehydrate(state);
}

const memberKey = (id: string, userId: string) => `${id}|${userId}`;

/** Newest first by (time, id), strictly after `after`. */
function newestFirst<T>(items: T[], keyOf: (item: T) => Keyset, page: PageRequest): Page<T> {
  const sorted = items.sort((a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    return y.value - x.value || (y.id < x.id ? -1 : y.id > x.id ? 1 : 0);
  });
  const { after } = page;
  const rest = after
    ? sorted.filter((item) => {
        const k = keyOf(item);
        return k.value < after.value || (k.value === after.value && k.id < after.id);
      })
    : sorted;
  return pageFrom(rest.slice(0, page.limit + 1), page.limit, keyOf);
}

/** Conversations with their members' state and messages, in tables shaped like the SQL ones. */
export class InMemoryConversationRepository implements ConversationRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get conversations() {
    return this.db.table<ConversationRow>('conversations');
  }
  private get openKeys() {
    return this.db.table<ConversationId>('conversation_open_keys');
  }
  private get members() {
    return this.db.table<MemberRow>('conversation_members');
  }
  private get messages() {
    return this.db.table<MessageState>('messages');
  }

  /** Checks the key and inserts in one synchronous step, as the unique index does in SQL. */
  open(conversation: Conversation): Promise<Conversation> {
    const state = conversation.snapshot();
    const existing = this.openKeys.get(conversation.openKey);
    const row = existing ? this.conversations.get(existing) : undefined;
    if (row) return Promise.resolve(toConversation(row));
    this.conversations.set(state.id, { ...state, openKey: conversation.openKey, lastMessageId: null });
    this.openKeys.set(conversation.openKey, state.id);
    // A member row for each side with an account (see the port), as the SQL insert selects it.
    const users = this.db.table<UserState>('users');
    for (const side of [state.starter, state.recipient])
      if (users.has(side.userId))
        this.members.set(memberKey(state.id, side.userId), {
          conversationId: state.id,
          userId: side.userId,
          unreadCount: 0,
          listedAt: null,
        });
    return Promise.resolve(conversation);
  }

  findById(id: ConversationId): Promise<Conversation | null> {
    const row = this.conversations.get(id);
    return Promise.resolve(row ? toConversation(row) : null);
  }

  addMessage(message: Message): Promise<void> {
    const m = message.snapshot();
    const row = this.conversations.get(m.conversationId);
    if (!row) return Promise.reject(new Error('A message for a conversation that is not stored.'));
    if (row.closedAt) return Promise.reject(new ConversationClosed());
    this.messages.set(m.id, m);
    const last = row.lastMessageId ? this.messages.get(row.lastMessageId) : undefined;
    if (!last || last.sentAt.getTime() <= m.sentAt.getTime())
      this.conversations.set(row.id, { ...row, lastMessageId: m.id });
    for (const side of [row.starter, row.recipient]) {
      const key = memberKey(row.id, side.userId);
      const member = this.members.get(key);
      if (!member) continue;
      const listedAt = member.listedAt && member.listedAt > m.sentAt ? member.listedAt : m.sentAt;
      const unreadCount = side.userId === m.senderId ? 0 : member.unreadCount + 1;
      this.members.set(key, { ...member, listedAt, unreadCount });
    }
    return Promise.resolve();
  }

  markRead(id: ConversationId, userId: UserId): Promise<boolean> {
    return this.changeMember(id, userId, (member) => ({ ...member, unreadCount: 0 }));
  }

  hide(id: ConversationId, userId: UserId): Promise<boolean> {
    return this.changeMember(id, userId, (member) => ({ ...member, listedAt: null }));
  }

  private changeMember(id: string, userId: string, change: (row: MemberRow) => MemberRow): Promise<boolean> {
    const key = memberKey(id, userId);
    const member = this.members.get(key);
    if (member) this.members.set(key, change(member));
    return Promise.resolve(member !== undefined);
  }

  listFor(userId: UserId, page: PageRequest): Promise<Page<ListedConversation>> {
    const listed: ListedConversation[] = [];
    for (const member of this.members.values()) {
      if (member.userId !== userId || member.listedAt === null) continue;
      const row = this.conversations.get(member.conversationId)!;
      listed.push(this.listed(row, member, member.listedAt));
    }
    return Promise.resolve(newestFirst(listed, listedKey, page));
  }

  private listed(row: ConversationRow, member: MemberRow, listedAt: Date): ListedConversation {
    const peer = row.starter.userId === member.userId ? row.recipient : row.starter;
    const account = peer.isAnonymous ? undefined : this.db.table<UserState>('users').get(peer.userId);
    const last = row.lastMessageId ? this.messages.get(row.lastMessageId) : undefined;
    return {
      id: row.id,
      peer: {
        isAnonymous: peer.isAnonymous,
        label: peer.isAnonymous ? peer.label : null,
        user: account ? { id: account.id, username: account.username, nickname: account.nickname } : null,
      },
      about: row.about ? { ...row.about } : null,
      lastMessage: last
        ? { content: last.content, sentAt: last.sentAt, isMine: last.senderId === member.userId }
        : null,
      unreadCount: member.unreadCount,
      createdAt: row.createdAt,
      listedAt,
    };
  }

  listMessages(id: ConversationId, page: PageRequest): Promise<Page<Message>> {
    const mine = [...this.messages.values()]
      .filter((m) => m.conversationId === id)
      .map((m) => Message.rehydrate(m));
    return Promise.resolve(newestFirst(mine, messageKey, page));
  }

  findMessage(id: MessageId): Promise<Message | null> {
    const row = this.messages.get(id);
    return Promise.resolve(row ? Message.rehydrate(row) : null);
  }
}

/** One report per (message, member), keyed like the SQL primary key. */
export class InMemoryMessageReportRepository implements MessageReportRepository {
  constructor(private readonly db: MemoryDatabase) {}

  add(messageId: MessageId, userId: UserId, reason: ReportReason, at: Date): Promise<void> {
    const rows = this.db.table<ReportRow>('message_reports');
    const key = `${messageId}|${userId}`;
    if (rows.has(key)) return Promise.reject(new AlreadyReported());
    rows.set(key, { messageId, userId, reason, at });
    return Promise.resolve();
  }
}

/** The messages' step of deleting an account, on the tables of `InMemoryConversationRepository`. */
export class InMemoryMessagesErasure implements AccountErasure {
  constructor(private readonly db: MemoryDatabase) {}

  erase(userId: UserId, ids: ErasedIds): Promise<void> {
    const conversations = this.db.table<ConversationRow>('conversations');
    const messages = this.db.table<MessageState>('messages');
    for (const row of [...conversations.values()]) {
      if (row.starter.userId !== userId && row.recipient.userId !== userId) continue;
      const fresh = ids.next();
      const rekey = (side: ConversationState['starter']) =>
        side.userId === userId ? { ...side, userId: fresh } : side;
      if (row.openKey) this.db.table<ConversationId>('conversation_open_keys').delete(row.openKey);
      const last = row.lastMessageId ? messages.get(row.lastMessageId) : undefined;
      conversations.set(row.id, {
        ...row,
        starter: rekey(row.starter),
        recipient: rekey(row.recipient),
        openKey: null,
        // Never the deletion's time: see MESSAGES_ERASURE.
        closedAt: row.closedAt ?? last?.sentAt ?? row.createdAt,
      });
      for (const message of [...messages.values()])
        if (message.conversationId === row.id && message.senderId === userId)
          messages.set(message.id, { ...message, senderId: fresh });
    }
    const members = this.db.table<MemberRow>('conversation_members');
    for (const [key, member] of [...members]) if (member.userId === userId) members.delete(key);
    const reports = this.db.table<ReportRow>('message_reports');
    for (const [key, report] of [...reports])
      if (report.userId === userId) {
        const fresh = ids.next();
        reports.delete(key);
        reports.set(`${report.messageId}|${fresh}`, { ...report, userId: fresh });
      }
    return Promise.resolve();
  }
}
