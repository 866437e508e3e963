import type { NotificationFeed, NotificationSubscriber } from '@campus/domain';
import type { NotificationBus, NotificationBusMessage } from './notification-bus.js';

/**
 * The open streams of this process, told of what the bus carries: a notification goes to its
 * recipient's streams, a session's end closes that session's streams, and a gap makes every
 * stream read the store again.
 */
export class NotificationHub implements NotificationFeed {
  private readonly byRecipient = new Map<string, Set<NotificationSubscriber>>();
  private readonly bySession = new Map<string, Set<NotificationSubscriber>>();
  private readonly stopListening: () => void;

  constructor(bus: NotificationBus) {
    this.stopListening = bus.listen({
      message: (message) => this.dispatch(message),
      gap: () => {
        for (const subscriber of this.all()) subscriber.resync();
      },
    });
  }

  /** How many streams are open. */
  get open(): number {
    let count = 0;
    for (const set of this.byRecipient.values()) count += set.size;
    return count;
  }

  subscribe(subscriber: NotificationSubscriber): () => void {
    add(this.byRecipient, subscriber.recipientId, subscriber);
    add(this.bySession, subscriber.sessionId, subscriber);
    return () => {
      remove(this.byRecipient, subscriber.recipientId, subscriber);
      remove(this.bySession, subscriber.sessionId, subscriber);
    };
  }

  /** Ends every open stream and stops listening: the process is stopping. */
  close(): void {
    this.stopListening();
    for (const subscriber of this.all()) subscriber.end();
    this.byRecipient.clear();
    this.bySession.clear();
  }

  private dispatch(message: NotificationBusMessage): void {
    if (message.kind === 'notification') {
      const subscribers = this.byRecipient.get(message.notification.recipientId);
      for (const subscriber of [...(subscribers ?? [])]) subscriber.deliver(message.notification);
    } else {
      const subscribers = this.bySession.get(message.sessionId);
      for (const subscriber of [...(subscribers ?? [])]) subscriber.end();
    }
  }

  private all(): NotificationSubscriber[] {
    return [...this.byRecipient.values()].flatMap((set) => [...set]);
  }
}

function add<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function remove<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
