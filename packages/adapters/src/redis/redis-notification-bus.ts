import { createClient } from 'redis';
import {
  decodeBusMessage,
  encodeBusMessage,
  type NotificationBus,
  type NotificationBusListener,
  type NotificationBusMessage,
} from '../memory/notifications/notification-bus.js';
import type { RedisClient } from './redis-client.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

export interface RedisNotificationBusOptions {
  /** Publishes on this client (commands have deadlines); it is not closed by the bus. */
  publisher: RedisClient;
  /** Where the bus's own subscriber connection goes. */
  url: string;
  /** The channel is `${prefix}notifications`. */
  prefix: string;
  onError?: RedisErrorReporter;
}

/**
 * Notifications and ended sessions between instances, over Redis pub/sub. The subscriber has a
 * connection of its own (a subscribed connection can send nothing else) that reconnects by itself;
 * each time it is back after a cut, listeners are told of a gap and read the store again, so an
 * outage loses nothing a member can see. A message that cannot be published still reaches this
 * process's listeners.
 */
export class RedisNotificationBus implements NotificationBus {
  private readonly listeners = new Set<NotificationBusListener>();
  private readonly subscriber: RedisClient;
  private readonly channel: string;
  private readonly report: RedisErrorReporter;
  private readonly subscribed: Promise<void>;
  private readyOnce = false;

  constructor(private readonly options: RedisNotificationBusOptions) {
    this.channel = `${options.prefix}notifications`;
    this.report = throttleReports(options.onError ?? (() => undefined));
    this.subscriber = createClient({
      url: options.url,
      socket: {
        connectTimeout: 1_000,
        reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 16), 1_000),
      },
    });
    this.subscriber.on('error', this.report);
    this.subscriber.on('ready', () => {
      // The first ready is the start; every later one follows a cut, during which messages were lost.
      if (this.readyOnce) for (const listener of this.listeners) listener.gap();
      this.readyOnce = true;
    });
    this.subscribed = this.subscriber
      .connect()
      .then(() => this.subscriber.subscribe(this.channel, (text) => this.receive(text)))
      .catch(this.report);
  }

  /** Resolves once the first subscription is in place (or failed, reported). */
  ready(): Promise<void> {
    return this.subscribed;
  }

  async publish(message: NotificationBusMessage): Promise<void> {
    try {
      await this.options.publisher.publish(this.channel, encodeBusMessage(message));
    } catch (error) {
      this.report(error);
      // The other instances catch up from the store when their subscribers come back.
      this.deliver(message);
    }
  }

  listen(listener: NotificationBusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    try {
      if (this.subscriber.isOpen) this.subscriber.destroy();
    } catch {
      // already closed
    }
    await this.subscribed;
  }

  private receive(text: string): void {
    const message = decodeBusMessage(text);
    if (message) this.deliver(message);
  }

  private deliver(message: NotificationBusMessage): void {
    for (const listener of this.listeners) listener.message(message);
  }
}
