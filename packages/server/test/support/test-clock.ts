import type { Clock } from '@campus/domain';

/**
 * The system's time plus whatever a test moved it on by: suites whose point is the order of two
 * events step it forward instead of sleeping, and it still agrees with the real time everything
 * else (token lifetimes, caches) is measured in.
 */
export class SteppingClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
