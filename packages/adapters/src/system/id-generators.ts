import type { IdGenerator } from '@campus/domain';
import { v7 } from 'uuid';

/**
 * A UUID in its canonical text form: lower-case hex, hyphenated 8-4-4-4-12. Any version passes,
 * so rows imported with other UUIDs stay reachable; each still has one spelling only.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Time-ordered UUIDs: new rows append to the primary-key index instead of splitting it. */
export class UuidV7IdGenerator implements IdGenerator {
  next(): string {
    return v7();
  }

  isCanonical(id: string): boolean {
    return UUID.test(id);
  }
}

/** Predictable ids that sort in creation order, shaped like UUIDs: for tests. */
export class SequentialIdGenerator implements IdGenerator {
  private counter = 0;

  next(): string {
    this.counter += 1;
    return `00000000-0000-7000-8000-${this.counter.toString().padStart(12, '0')}`;
  }

  isCanonical(id: string): boolean {
    return UUID.test(id);
  }
}
