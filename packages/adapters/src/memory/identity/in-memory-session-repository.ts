import {
  Session,
  type RefreshTokenState,
  type SessionId,
  type SessionRepository,
  type SessionState,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

export class InMemorySessionRepository implements SessionRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get sessions() {
    return this.db.table<SessionState>('sessions');
  }
  private get tokens() {
    return this.db.table<RefreshTokenState>('refresh_tokens');
  }

  create(session: Session, token: RefreshTokenState): Promise<void> {
    this.sessions.set(session.id, session.snapshot());
    this.tokens.set(token.hash, { ...token });
    return Promise.resolve();
  }

  findById(id: SessionId): Promise<Session | null> {
    const row = this.sessions.get(id);
    return Promise.resolve(row ? Session.rehydrate(row) : null);
  }

  findToken(hash: string): Promise<RefreshTokenState | null> {
    const row = this.tokens.get(hash);
    return Promise.resolve(row ? { ...row } : null);
  }

  /** Check-and-set in one synchronous step: the first caller wins, as a conditional UPDATE does. */
  rotate(oldHash: string, next: RefreshTokenState, now: Date): Promise<boolean> {
    const old = this.tokens.get(oldHash);
    if (!old || old.usedAt !== null) return Promise.resolve(false);
    this.tokens.set(oldHash, { ...old, usedAt: now });
    this.tokens.set(next.hash, { ...next });
    return Promise.resolve(true);
  }

  addToken(token: RefreshTokenState): Promise<void> {
    this.tokens.set(token.hash, { ...token });
    return Promise.resolve();
  }

  revoke(id: SessionId, now: Date): Promise<void> {
    const row = this.sessions.get(id);
    if (row && row.revokedAt === null) this.sessions.set(id, { ...row, revokedAt: now });
    return Promise.resolve();
  }

  revokeAllOf(userId: UserId, now: Date, keep?: SessionId): Promise<SessionId[]> {
    const revoked: SessionId[] = [];
    for (const row of this.sessions.values()) {
      if (row.userId === userId && row.id !== keep && row.revokedAt === null) {
        this.sessions.set(row.id, { ...row, revokedAt: now });
        revoked.push(row.id);
      }
    }
    return Promise.resolve(revoked);
  }
}
