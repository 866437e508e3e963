import {
  SessionId,
  type RefreshTokenState,
  type Session,
  type SessionRepository,
  type UserId,
} from '@campus/domain';
import { Op } from 'sequelize';
import type { TransactionContext } from '../unit-of-work.js';
import type { IdentityModels } from './identity.models.js';
import { sessionToDomain, tokenToDomain } from './identity.mappers.js';

export class SequelizeSessionRepository implements SessionRepository {
  constructor(
    private readonly models: IdentityModels,
    private readonly tx: TransactionContext,
    private readonly unitOfWork: { run<T>(work: () => Promise<T>): Promise<T> },
  ) {}

  create(session: Session, token: RefreshTokenState): Promise<void> {
    return this.unitOfWork.run(async () => {
      const transaction = this.tx.current();
      await this.models.Session.create(session.snapshot(), { transaction });
      await this.models.RefreshToken.create({ ...token }, { transaction });
    });
  }

  async findById(id: SessionId): Promise<Session | null> {
    const row = await this.models.Session.findByPk(id, { raw: true, transaction: this.tx.current() });
    return row ? sessionToDomain(row) : null;
  }

  async findToken(hash: string): Promise<RefreshTokenState | null> {
    const row = await this.models.RefreshToken.findByPk(hash, { raw: true, transaction: this.tx.current() });
    return row ? tokenToDomain(row) : null;
  }

  /** A conditional UPDATE decides the race: only the request that flips `used_at` goes on. */
  rotate(oldHash: string, next: RefreshTokenState, now: Date): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      const transaction = this.tx.current();
      const [used] = await this.models.RefreshToken.update(
        { usedAt: now },
        { where: { hash: oldHash, usedAt: { [Op.is]: null } }, transaction },
      );
      if (used !== 1) return false;
      await this.models.RefreshToken.create({ ...next }, { transaction });
      return true;
    });
  }

  async addToken(token: RefreshTokenState): Promise<void> {
    await this.models.RefreshToken.create({ ...token }, { transaction: this.tx.current() });
  }

  async revoke(id: SessionId, now: Date): Promise<void> {
    await this.models.Session.update(
      { revokedAt: now },
      { where: { id, revokedAt: { [Op.is]: null } }, transaction: this.tx.current() },
    );
  }

  revokeAllOf(userId: UserId, now: Date, keep?: SessionId): Promise<SessionId[]> {
    const where = { userId, revokedAt: { [Op.is]: null }, ...(keep ? { id: { [Op.ne]: keep } } : {}) };
    return this.unitOfWork.run(async () => {
      const transaction = this.tx.current();
      const live = await this.models.Session.findAll({
        where,
        attributes: ['id'],
        raw: true,
        transaction,
        lock: true,
      });
      if (live.length === 0) return [];
      const ids = live.map((row) => row.id);
      await this.models.Session.update({ revokedAt: now }, { where: { id: { [Op.in]: ids } }, transaction });
      return ids.map((id) => SessionId(id));
    });
  }
}
