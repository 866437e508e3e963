import { createClient } from 'redis';
import {
  decodeBusMessage,
  encodeBusMessage,
  type NotificationBus,
  type NotificationBusListener,
  type NotificationBusMessage,
} from '../memory/notifications/notification-bus.js';
import type { RedisClient } from './redis-client.js';
import { guardOf } from './redis-guard.js';
import { throttleReports, type RedisErrorReporter } from './throttled-reports.js';

/** How long after the subscriber is ready again the streams are told to read the store. */
const GAP_DELAY_MS = 200;
/** How often messages Redis refused are offered again, and how many are kept meanwhile. */
const RETRY_MS = 500;
const MAX_PENDING = 10_000;

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
  private gapTimer: NodeJS.Timeout | undefined;
  /** Messages Redis refused, sent again once it takes them (oldest dropped past MAX_PENDING). */
  private readonly pending: string[] = [];
  private retry: NodeJS.Timeout | undefined;
  private flushing = false;

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
    // Every ready may follow a time without a subscription (a cut, or a start while Redis was
    // away), during which messages were lost. Told a moment later, once node-redis has subscribed
    // again, so nothing published between the streams' reads and the subscription is missed.
    this.subscriber.on('ready', () => {
      clearTimeout(this.gapTimer);
      this.gapTimer = setTimeout(() => {
        for (const listener of this.listeners) listener.gap();
      }, GAP_DELAY_MS);
      this.gapTimer.unref();
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
    const text = encodeBusMessage(message);
    if (!(await this.send(text))) {
      // This process's streams hear it now; the others once Redis takes it again (their streams
      // drop what they already read from the store meanwhile).
      this.deliver(message);
      this.hold(text);
    }
  }

  listen(listener: NotificationBusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drops the subscriber at once (it may be waiting on a Redis that is away; nothing is lost). */
  close(): Promise<void> {
    this.listeners.clear();
    clearTimeout(this.gapTimer);
    clearInterval(this.retry);
    this.retry = undefined;
    this.pending.length = 0;
    try {
      if (this.subscriber.isOpen) this.subscriber.destroy();
    } catch {
      // already closed
    }
    return Promise.resolve();
  }

  /**
   * One publish, under the client's guard: a Redis that stalls holds the write that published (its
   * answer waits for this) no longer than any other command would, and not at all while the guard
   * knows Redis to be down. False when it was not sent.
   */
  private async send(text: string): Promise<boolean> {
    const { publisher } = this.options;
    const sent = await guardOf(publisher).run(() => publisher.publish(this.channel, text), null, this.report);
    return sent !== null;
  }

  private hold(text: string): void {
    this.pending.push(text);
    if (this.pending.length > MAX_PENDING) this.pending.shift();
    if (this.retry) return;
    this.retry = setInterval(() => void this.flush(), RETRY_MS);
    this.retry.unref();
  }

  /** Sends what was held, in order, until Redis refuses again. */
  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        if (!(await this.send(this.pending[0]!))) return; // still away: the next tick tries again
        this.pending.shift();
      }
      clearInterval(this.retry);
      this.retry = undefined;
    } finally {
      this.flushing = false;
    }
  }

  private receive(text: string): void {
    const message = decodeBusMessage(text);
    if (message) this.deliver(message);
  }

  private deliver(message: NotificationBusMessage): void {
    for (const listener of this.listeners) listener.message(message);
  }
}
