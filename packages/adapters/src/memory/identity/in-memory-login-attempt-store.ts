import type { LoginAttemptStore } from '@campus/domain';

/** How many recorded failures between sweeps of keys nobody asks about any more. */
const SWEEP_EVERY = 256;

/** Failed logins in this process only: right for one process, wrong for several (use Redis). */
export class InMemoryLoginAttemptStore implements LoginAttemptStore {
  private readonly failures = new Map<string, Date[]>();
  private writes = 0;

  recentFailures(key: string, since: Date): Promise<Date[]> {
    const recent = (this.failures.get(key) ?? []).filter((at) => at.getTime() > since.getTime());
    if (recent.length > 0) this.failures.set(key, recent);
    else this.failures.delete(key);
    return Promise.resolve([...recent]);
  }

  recordFailure(key: string, at: Date, windowMs: number): Promise<void> {
    const cutoff = at.getTime() - windowMs;
    const recent = (this.failures.get(key) ?? []).filter((t) => t.getTime() > cutoff);
    this.failures.set(key, [...recent, at]);
    // Usernames tried once and never again would otherwise stay forever (a spray of guesses).
    if (++this.writes % SWEEP_EVERY === 0) this.sweep(cutoff);
    return Promise.resolve();
  }

  clear(key: string): Promise<void> {
    this.failures.delete(key);
    return Promise.resolve();
  }

  /** Keys currently held: for tests of the sweep. */
  get size(): number {
    return this.failures.size;
  }

  private sweep(cutoff: number): void {
    for (const [key, times] of this.failures) {
      if (!times.some((t) => t.getTime() > cutoff)) this.failures.delete(key);
    }
  }
}
