export { TooFast } from './limits.errors.js';
export {
  WRITE_LIMIT_POLICY,
  type WriteCounter,
  type WriteKind,
  WriteLimitPolicy,
  type WriteLimitSettings,
} from './write-limit.policy.js';
export {
  WRITE_LIMITER,
  type WriteGranted,
  type WriteLimiter,
  type WriteRefused,
} from './write-limiter.port.js';
