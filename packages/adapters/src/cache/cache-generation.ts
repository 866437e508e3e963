import type { Clock } from '@campus/domain';
import type { CheckedCache } from './checked-cache.js';

/**
 * The scope every view depends on: a new generation turns every stored view into a miss, on
 * every instance, for when a retirement may have been lost.
 */
export const GENERATION = 'scope:generation';
const GENERATION_TTL_MS = 24 * 3_600_000;
/** Between two attempts to set a new generation, reads go to the database. */
const RETRY_MS = 250;

/**
 * Whether this process may trust the cache: only when every fault of its connection and every
 * retirement it could not confirm has been followed by a new generation that it set itself. A
 * fault means a command may have been lost or applied late, or that Redis came back older than it
 * acknowledged (a restart from a snapshot, a replica promoted while behind); a lost retirement
 * leaves views on Redis that describe what the database no longer holds. Either way a new
 * generation makes every view stored so far a miss, everywhere.
 */
export class CacheGeneration {
  /** Retirements this process could not confirm. */
  private lost = 0;
  /** How much of `debt()` a new generation has settled. */
  private settled = 0;
  private setting: Promise<void> | undefined;
  private settling: NodeJS.Timeout | undefined;
  private nextTryAt = 0;

  constructor(
    private readonly cache: CheckedCache,
    private readonly clock: Clock,
    private readonly newVersion: () => string,
  ) {}

  /** True while nothing is owed: the common case, answered without a turn of the event loop. */
  get owesNothing(): boolean {
    return this.debt() === this.settled;
  }

  /** Whether the cache may be trusted now, after trying to set a new generation if one is owed. */
  async trusted(): Promise<boolean> {
    if (this.owesNothing) return true;
    if (this.setting === undefined && this.clock.now().getTime() >= this.nextTryAt) {
      this.setting = this.renew().finally(() => (this.setting = undefined));
    }
    if (this.setting !== undefined) await this.setting;
    return this.owesNothing;
  }

  /**
   * A retirement could not be confirmed: a new generation is owed, tried at once and then in the
   * background until set, without waiting for a read of this process, since other processes serve
   * the views it failed to retire until then.
   */
  async lose(): Promise<void> {
    this.lost++;
    this.nextTryAt = 0;
    if ((await this.trusted()) || this.settling) return;
    this.settling = setInterval(() => {
      void this.trusted().then((trusted) => {
        if (!trusted || this.settling === undefined) return;
        clearInterval(this.settling);
        this.settling = undefined;
      });
    }, RETRY_MS);
    this.settling.unref();
  }

  private async renew(): Promise<void> {
    const debt = this.debt();
    this.nextTryAt = this.clock.now().getTime() + RETRY_MS;
    if (await this.cache.setChecked(GENERATION, this.newVersion(), GENERATION_TTL_MS)) {
      this.settled = Math.max(this.settled, debt);
    }
  }

  private debt(): number {
    return this.cache.faults + this.lost;
  }
}
