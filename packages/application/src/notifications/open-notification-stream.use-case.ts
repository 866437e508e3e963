import {
  NotificationId,
  type Actor,
  type NotificationFeed,
  type NotificationRepository,
  type NotificationState,
  type SessionId,
} from '@campus/domain';
import { toNotificationDto, type NotificationDto } from './notifications.dto.js';

export interface OpenNotificationStreamInput {
  actor: Actor;
  sessionId: SessionId;
  /** The id of the last notification this client saw on an earlier stream, if any. */
  lastEventId?: string | undefined;
  /** Sends one notification down the stream. */
  send(notification: NotificationDto): void;
  /** Ends the stream: its session ended, or the service stops. */
  end(): void;
}

export interface NotificationStream {
  /** The client went away: stop listening. */
  close(): void;
}

/** Read from the store at a time when catching up. */
const BATCH = 100;
/** Ids sent lately, so that one both read from the store and heard live is sent once. */
const REMEMBERED = 1_000;

/**
 * A member's live notifications. It listens before it reads, so nothing falls between the read
 * and the first live one: the missed ones (after `lastEventId`) first, then each new one. When
 * the feed says some may have been lost (the bus was cut off), it reads the store again from the
 * last one sent, so an outage loses nothing that is stored.
 */
export class OpenNotificationStream {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly feed: NotificationFeed,
  ) {}

  async execute(input: OpenNotificationStreamInput): Promise<NotificationStream> {
    const { actor, sessionId } = input;
    const sent = new Set<string>();
    let last: NotificationId | null = null;
    let catchingUp: Promise<void> | null = null;
    let held: NotificationState[] = [];
    let closed = false;

    const send = (notification: NotificationState) => {
      if (closed || sent.has(notification.id)) return;
      sent.add(notification.id);
      if (sent.size > REMEMBERED) sent.delete(sent.values().next().value as string);
      last = notification.id;
      input.send(toNotificationDto(notification));
    };
    const readMissed = async (): Promise<void> => {
      for (;;) {
        const batch = await this.notifications.after(actor.id, last, BATCH);
        for (const notification of batch ?? []) send(notification);
        if (closed || !batch || batch.length < BATCH) return;
      }
    };
    // Live ones wait while the store is read, then follow in the order they came.
    const catchUp = () => {
      const run = (catchingUp ?? Promise.resolve()).then(readMissed).finally(() => {
        if (catchingUp !== run) return;
        catchingUp = null;
        for (const notification of held.splice(0)) send(notification);
      });
      catchingUp = run;
      return run;
    };
    const unsubscribe = this.feed.subscribe({
      recipientId: actor.id,
      sessionId,
      deliver: (notification) => (catchingUp ? held.push(notification) : send(notification)),
      resync: () => void catchUp().catch(() => undefined),
      end: () => {
        closed = true;
        input.end();
      },
    });
    try {
      last = await this.startingPoint(input);
      if (input.lastEventId !== undefined) await catchUp();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return {
      close: () => {
        closed = true;
        held = [];
        unsubscribe();
      },
    };
  }

  /** After the client's last one when it is theirs; else after the newest stored now (or all). */
  private async startingPoint({
    actor,
    lastEventId,
  }: OpenNotificationStreamInput): Promise<NotificationId | null> {
    if (
      lastEventId !== undefined &&
      (await this.notifications.after(actor.id, NotificationId(lastEventId), 0))
    )
      return NotificationId(lastEventId);
    const newest = await this.notifications.page(actor.id, { limit: 1, after: null }, false);
    return newest.items[0]?.id ?? null;
  }
}
