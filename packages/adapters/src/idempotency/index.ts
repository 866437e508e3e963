export {
  IDEMPOTENCY_TIMES,
  judgeExisting,
  type IdempotencyClaim,
  type IdempotencyRow,
  type IdempotencyStore,
  type IdempotencyTimes,
  type IdempotentRequest,
  type StoredAnswer,
} from './idempotency-store.js';
