import { Session, SessionId, UserId, type RefreshTokenState, type SessionRepository } from '@campus/domain';
import { toTime, toTimeOrNull, type Sql } from '../sql.js';

type Time = Date | string;

interface SessionRow {
  id: string;
  user_id: string;
  created_at: Time;
  revoked_at: Time | null;
}

interface RefreshTokenRow {
  hash: string;
  session_id: string;
  issued_at: Time;
  expires_at: Time;
  used_at: Time | null;
}

/**
 * Sessions and their refresh tokens as hand-written SQL: every authenticated request that misses
 * the cache reads its session, and every login and refresh writes here.
 */
export class SequelizeSessionRepository implements SessionRepository {
  constructor(
    private readonly sql: Sql,
    private readonly unitOfWork: { run<T>(work: () => Promise<T>): Promise<T> },
  ) {}

  create(session: Session, token: RefreshTokenState): Promise<void> {
    const { id, userId, createdAt, revokedAt } = session.snapshot();
    return this.unitOfWork.run(async () => {
      await this.sql.run(
        'INSERT INTO sessions (id, user_id, created_at, revoked_at) VALUES (:id, :userId, :createdAt, :revokedAt)',
        { id, userId, createdAt: this.sql.time(createdAt), revokedAt: this.sql.timeOrNull(revokedAt) },
      );
      await this.insertToken(token);
    });
  }

  async findById(id: SessionId): Promise<Session | null> {
    const row = await this.sql.one<SessionRow>('SELECT * FROM sessions WHERE id = :id', { id });
    return (
      row &&
      Session.rehydrate({
        id: SessionId(row.id),
        userId: UserId(row.user_id),
        createdAt: toTime(row.created_at),
        revokedAt: toTimeOrNull(row.revoked_at),
      })
    );
  }

  async findToken(hash: string): Promise<RefreshTokenState | null> {
    const row = await this.sql.one<RefreshTokenRow>('SELECT * FROM refresh_tokens WHERE hash = :hash', {
      hash,
    });
    return (
      row && {
        hash: row.hash,
        sessionId: SessionId(row.session_id),
        issuedAt: toTime(row.issued_at),
        expiresAt: toTime(row.expires_at),
        usedAt: toTimeOrNull(row.used_at),
      }
    );
  }

  /** A conditional UPDATE decides the race: only the request that flips `used_at` goes on. */
  rotate(oldHash: string, next: RefreshTokenState, now: Date): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      const used = await this.sql.run(
        'UPDATE refresh_tokens SET used_at = :now WHERE hash = :oldHash AND used_at IS NULL',
        { now: this.sql.time(now), oldHash },
      );
      if (used !== 1) return false;
      await this.insertToken(next);
      return true;
    });
  }

  async addToken(token: RefreshTokenState): Promise<void> {
    await this.insertToken(token);
  }

  async revoke(id: SessionId, now: Date): Promise<void> {
    await this.sql.run('UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL', {
      now: this.sql.time(now),
      id,
    });
  }

  revokeAllOf(userId: UserId, now: Date, keep?: SessionId): Promise<SessionId[]> {
    return this.unitOfWork.run(async () => {
      const live = await this.sql.select<{ id: string }>(
        `SELECT id FROM sessions WHERE user_id = :userId AND revoked_at IS NULL${keep ? ' AND id <> :keep' : ''}${this.sql.forUpdate}`,
        { userId, ...(keep ? { keep } : {}) },
      );
      if (live.length === 0) return [];
      const ids = live.map((row) => row.id);
      await this.sql.run('UPDATE sessions SET revoked_at = :now WHERE id IN (:ids)', {
        now: this.sql.time(now),
        ids,
      });
      return ids.map((id) => SessionId(id));
    });
  }

  private async insertToken(token: RefreshTokenState): Promise<void> {
    await this.sql.run(
      `INSERT INTO refresh_tokens (hash, session_id, issued_at, expires_at, used_at)
       VALUES (:hash, :sessionId, :issuedAt, :expiresAt, :usedAt)`,
      {
        hash: token.hash,
        sessionId: token.sessionId,
        issuedAt: this.sql.time(token.issuedAt),
        expiresAt: this.sql.time(token.expiresAt),
        usedAt: this.sql.timeOrNull(token.usedAt),
      },
    );
  }
}
