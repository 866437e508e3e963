import {
  SessionRevoked,
  type AccountRemoval,
  type PasswordResetTokenState,
  type RefreshTokenState,
  type SessionId,
  type SessionState,
  type UserId,
  type UserState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/**
 * The ids of deleted accounts, kept so that a write racing a deletion is refused: in SQL, the
 * kept rows' insert triggers find no account. A table, so a unit of work that fails undoes it.
 */
export const erasedAccounts = (db: MemoryDatabase) => db.table<true>('erased_accounts');

/**
 * Refuses new rows that name a deleted account in the tables whose rows outlive accounts, as
 * migration 0014's triggers do in SQL. (The other tables keep their foreign keys in SQL; memory
 * does not check those.)
 */
export function guardKeptRows(db: MemoryDatabase): void {
  const refuse = (id: string) => {
    if (erasedAccounts(db).has(id)) throw new SessionRevoked();
  };
  for (const table of ['posts', 'comments', 'reviews'])
    db.guardInserts<{ authorId: string }>(table, (row) => refuse(row.authorId));
  for (const table of [
    'post_likes',
    'comment_likes',
    'post_reports',
    'comment_reports',
    'post_aliases',
    'message_reports',
  ])
    db.guardInserts<{ userId: string }>(table, (row) => refuse(row.userId));
  db.guardInserts<{ senderId: string }>('messages', (row) => refuse(row.senderId));
  db.guardInserts<{ starter: { userId: string }; recipient: { userId: string } }>('conversations', (row) => {
    refuse(row.starter.userId);
    refuse(row.recipient.userId);
  });
}

/**
 * The account's row and everything of identity's that names it. Memory units of work run one at
 * a time, so the claim needs no lock: a second deletion runs after the first and finds no row.
 */
export class InMemoryAccountRemoval implements AccountRemoval {
  constructor(private readonly db: MemoryDatabase) {}

  private get users() {
    return this.db.table<UserState>('users');
  }

  claim(userId: UserId): Promise<boolean> {
    return Promise.resolve(this.users.has(userId));
  }

  hasOtherAdmin(userId: UserId): Promise<boolean> {
    for (const user of this.users.values())
      if (user.role === 'admin' && user.id !== userId) return Promise.resolve(true);
    return Promise.resolve(false);
  }

  remove(userId: UserId): Promise<SessionId[]> {
    const sessions = this.db.table<SessionState>('sessions');
    const ended = [...sessions.values()].filter((s) => s.userId === userId).map((s) => s.id);
    const gone = new Set<string>(ended);
    for (const id of ended) sessions.delete(id);
    const tokens = this.db.table<RefreshTokenState>('refresh_tokens');
    for (const [hash, token] of tokens) if (gone.has(token.sessionId)) tokens.delete(hash);
    const resets = this.db.table<PasswordResetTokenState>('password_reset_tokens');
    for (const [hash, reset] of resets) if (reset.userId === userId) resets.delete(hash);
    this.users.delete(userId);
    erasedAccounts(this.db).set(userId, true);
    return Promise.resolve(ended);
  }
}
