import type {
  AccountRemoval,
  NotificationPublisher,
  NotificationState,
  Session,
  SessionId,
  SessionRepository,
  UserId,
} from '@campus/domain';
import type { AfterCommit } from '../../cache/after-commit.js';
import type { NotificationBus } from './notification-bus.js';

/** Puts a notification on the bus once the unit of work that stored it has committed. */
export class AfterCommitNotificationPublisher implements NotificationPublisher {
  constructor(
    private readonly uow: AfterCommit,
    private readonly bus: NotificationBus,
  ) {}

  publish(notification: NotificationState): Promise<void> {
    return this.uow.afterCommit(() => this.bus.publish({ kind: 'notification', notification }));
  }
}

/**
 * Sessions whose end, once committed, is told on the bus, so every instance closes that session's
 * streams at once (a stream is authenticated once, when it opens).
 */
export class StreamEndingSessionRepository implements SessionRepository {
  constructor(
    private readonly inner: SessionRepository,
    private readonly uow: AfterCommit,
    private readonly bus: NotificationBus,
  ) {}

  create: SessionRepository['create'] = (session, token) => this.inner.create(session, token);
  findById = (id: SessionId): Promise<Session | null> => this.inner.findById(id);
  findToken: SessionRepository['findToken'] = (hash) => this.inner.findToken(hash);
  rotate: SessionRepository['rotate'] = (oldHash, next, now) => this.inner.rotate(oldHash, next, now);
  addToken: SessionRepository['addToken'] = (token) => this.inner.addToken(token);

  async revoke(id: SessionId, now: Date): Promise<void> {
    await this.inner.revoke(id, now);
    await this.ended([id]);
  }

  async revokeAllOf(userId: UserId, now: Date, keep?: SessionId): Promise<SessionId[]> {
    const revoked = await this.inner.revokeAllOf(userId, now, keep);
    await this.ended(revoked);
    return revoked;
  }

  private ended(ids: readonly SessionId[]): Promise<void> {
    return this.uow.afterCommit(async () => {
      for (const sessionId of ids) await this.bus.publish({ kind: 'session-ended', sessionId });
    });
  }
}

/**
 * An account's removal that, once committed, ends the streams of the sessions it deleted on every
 * instance, as `StreamEndingSessionRepository` does for sessions revoked.
 */
export class StreamEndingAccountRemoval implements AccountRemoval {
  constructor(
    private readonly inner: AccountRemoval,
    private readonly uow: AfterCommit,
    private readonly bus: NotificationBus,
  ) {}

  claim: AccountRemoval['claim'] = (userId) => this.inner.claim(userId);
  hasOtherAdmin: AccountRemoval['hasOtherAdmin'] = (userId) => this.inner.hasOtherAdmin(userId);

  async remove(userId: UserId): Promise<SessionId[]> {
    const ended = await this.inner.remove(userId);
    await this.uow.afterCommit(async () => {
      for (const sessionId of ended) await this.bus.publish({ kind: 'session-ended', sessionId });
    });
    return ended;
  }
}
