import type { Cache, Clock } from '@campus/domain';
import { oldestFirst } from '../../system/oldest-first.js';

interface Entry {
  value: string;
  expiresAt: number;
  /** The insertion count when the entry last moved to the young end. */
  moved: number;
}

/**
 * The cache of one process, for when there is no Redis: TTLs by the injected clock, and at most
 * `capacity` entries holding at most `maxChars` characters of values together, the least recently
 * used leaving first (a Map keeps insertion order). The second bound is what keeps memory in check:
 * a session is a few hundred characters, the comments of a busy post tens of thousands.
 *
 * A hit moves its entry to the young end only once a quarter of the capacity has been inserted
 * since it last moved: moving costs a delete and a set on every read, for an order that barely
 * changes (sessions, users and scope versions are read on every request). An entry read at least
 * once per half of the capacity's insertions therefore never leaves by age.
 */
export class InProcessCache implements Cache {
  private readonly entries = new Map<string, Entry>();
  private readonly oldest = oldestFirst(this.entries);
  private inserted = 0;
  private chars = 0;

  constructor(
    private readonly clock: Clock,
    private readonly capacity = 10_000,
    private readonly maxChars = 32_000_000,
  ) {}

  get(key: string): Promise<string | null> {
    return Promise.resolve(this.read(key));
  }

  getMany(keys: readonly string[]): Promise<(string | null)[]> {
    return Promise.resolve(keys.map((key) => this.read(key)));
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    this.write(key, value, ttlMs);
    return Promise.resolve();
  }

  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.read(key) !== null) return Promise.resolve(false);
    this.write(key, value, ttlMs);
    return Promise.resolve(true);
  }

  delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.remove(key);
    return Promise.resolve();
  }

  ping(): Promise<boolean> {
    return Promise.resolve(true);
  }

  private read(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.remove(key);
      return null;
    }
    if (this.inserted - entry.moved > this.capacity / 4) {
      this.entries.delete(key);
      entry.moved = ++this.inserted;
      this.entries.set(key, entry);
    }
    return entry.value;
  }

  private write(key: string, value: string, ttlMs: number): void {
    this.remove(key);
    if (value.length > this.maxChars) return; // it would push out everything else, and itself
    this.entries.set(key, { value, expiresAt: this.clock.now().getTime() + ttlMs, moved: ++this.inserted });
    this.chars += value.length;
    while (this.entries.size > this.capacity || this.chars > this.maxChars) {
      const oldest = this.oldest();
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.chars -= entry.value.length;
  }
}
