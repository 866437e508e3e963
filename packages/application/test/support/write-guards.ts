import { InMemoryWriteLimiter } from '@campus/adapters/memory';
import { WriteLimitPolicy, type Clock, type WriteLimitSettings } from '@campus/domain';
import { OPEN_GATE, WriteGuard } from '../../src/index.js';

/** A guard that never refuses: the worlds of tests that are not about limits. */
export function unlimited(clock: Clock): WriteGuard {
  return new WriteGuard(new InMemoryWriteLimiter(), WriteLimitPolicy.none(), clock, OPEN_GATE);
}

/** A guard with `settings` on a limiter of its own. */
export function limited(clock: Clock, settings: Partial<WriteLimitSettings>): WriteGuard {
  const none = WriteLimitPolicy.none().settings;
  return new WriteGuard(
    new InMemoryWriteLimiter(),
    new WriteLimitPolicy({ ...none, ...settings }),
    clock,
    OPEN_GATE,
  );
}
