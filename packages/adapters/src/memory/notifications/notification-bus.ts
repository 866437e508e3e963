import type { NotificationState, SessionId } from '@campus/domain';

/** What instances tell each other: a stored notification, or a session that ended. */
export type NotificationBusMessage =
  { kind: 'notification'; notification: NotificationState } | { kind: 'session-ended'; sessionId: SessionId };

export interface NotificationBusListener {
  message(message: NotificationBusMessage): void;
  /** Messages may have been lost meanwhile (the connection was cut and is back). */
  gap(): void;
}

/**
 * How the instances of one service tell each other of notifications and ended sessions: within
 * this process, or through Redis pub/sub. Delivery is best effort; the store is the truth, and a
 * `gap` tells listeners to read it again.
 */
export interface NotificationBus {
  /** Never rejects: a message that cannot be sent is reported by the bus and dropped. */
  publish(message: NotificationBusMessage): Promise<void>;
  /** Returns the unsubscribe. */
  listen(listener: NotificationBusListener): () => void;
  close(): Promise<void>;
}

/** One process: messages go straight to its listeners. */
export class InProcessNotificationBus implements NotificationBus {
  private readonly listeners = new Set<NotificationBusListener>();

  publish(message: NotificationBusMessage): Promise<void> {
    for (const listener of this.listeners) listener.message(message);
    return Promise.resolve();
  }

  listen(listener: NotificationBusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }
}

/** A notification as JSON on the wire, with its times back as Dates. */
export function encodeBusMessage(message: NotificationBusMessage): string {
  return JSON.stringify(message);
}

export function decodeBusMessage(text: string): NotificationBusMessage | null {
  try {
    const parsed = JSON.parse(text) as NotificationBusMessage;
    if (parsed.kind === 'session-ended' && typeof parsed.sessionId === 'string') return parsed;
    if (parsed.kind !== 'notification' || typeof parsed.notification?.id !== 'string') return null;
    const n = parsed.notification as NotificationState & { createdAt: string; readAt: string | null };
    return {
      kind: 'notification',
      notification: { ...n, createdAt: new Date(n.createdAt), readAt: n.readAt ? new Date(n.readAt) : null },
    };
  } catch {
    return null;
  }
}
