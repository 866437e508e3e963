import type {
  AccountRemoval,
  PasswordResetTokenState,
  RefreshTokenState,
  SessionId,
  SessionState,
  UserId,
  UserState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

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
    return Promise.resolve(ended);
  }
}
