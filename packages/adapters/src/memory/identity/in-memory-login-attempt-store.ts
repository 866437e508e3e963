import type { LoginAttemptStore } from '@campus/domain';

/** Failed logins in this process only: right for one process, wrong for several (use Redis). */
export class InMemoryLoginAttemptStore implements LoginAttemptStore {
  private readonly failures = new Map<string, Date[]>();

  recentFailures(key: string, since: Date): Promise<Date[]> {
    const recent = (this.failures.get(key) ?? []).filter((at) => at.getTime() > since.getTime());
    if (recent.length > 0) this.failures.set(key, recent);
    else this.failures.delete(key);
    return Promise.resolve([...recent]);
  }

  recordFailure(key: string, at: Date, windowMs: number): Promise<void> {
    const recent = (this.failures.get(key) ?? []).filter((t) => t.getTime() > at.getTime() - windowMs);
    this.failures.set(key, [...recent, at]);
    return Promise.resolve();
  }

  clear(key: string): Promise<void> {
    this.failures.delete(key);
    return Promise.resolve();
  }
}
