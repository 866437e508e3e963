import type { Clock } from '@campus/domain';
import type { CheckedCache } from '../../cache/checked-cache.js';
import { LRUCache } from 'lru-cache';

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * The cache of one process, for when there is no Redis: TTLs by the injected clock, and at most
 * `capacity` entries holding at most `maxChars` characters of values together, the least recently
 * used leaving first (lru-cache keeps the order, and evicts in constant time). The second bound is
 * what keeps memory in check: a session is a few hundred characters, the comments of a busy post
 * tens of thousands.
 */
export class InProcessCache implements CheckedCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Nothing lies between this process and its memory. */
  readonly faults: number = 0;

  constructor(
    private readonly clock: Clock,
    capacity = 10_000,
    maxChars = 32_000_000,
  ) {
    // A value larger than the whole bound is not kept (lru-cache drops it, and the entry it replaces).
    this.entries = new LRUCache<string, Entry>({
      max: capacity,
      maxSize: maxChars,
      sizeCalculation: (entry) => Math.max(1, entry.value.length),
    });
  }

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
    for (const key of keys) this.entries.delete(key);
    return Promise.resolve();
  }

  async deleteChecked(keys: readonly string[]): Promise<boolean> {
    await this.delete(keys);
    return true;
  }

  async setChecked(key: string, value: string, ttlMs: number): Promise<boolean> {
    await this.set(key, value, ttlMs);
    return true;
  }

  ping(): Promise<boolean> {
    return Promise.resolve(true);
  }

  private read(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  private write(key: string, value: string, ttlMs: number): void {
    this.entries.set(key, { value, expiresAt: this.clock.now().getTime() + ttlMs });
  }
}
