import type { IdGenerator } from '@campus/domain';
import { v7 } from 'uuid';

/** Time-ordered UUIDs: new rows append to the primary-key index instead of splitting it. */
export class UuidV7IdGenerator implements IdGenerator {
  next(): string {
    return v7();
  }
}

/** Predictable ids that sort in creation order, shaped like UUIDs: for tests. */
export class SequentialIdGenerator implements IdGenerator {
  private counter = 0;

  next(): string {
    this.counter += 1;
    return `00000000-0000-7000-8000-${this.counter.toString().padStart(12, '0')}`;
  }
}
