export { LastAdmin } from './account-deletion.errors.js';
export {
  ACCOUNT_REMOVAL,
  type AccountErasure,
  type AccountRemoval,
  BOARD_ERASURE,
  type BoardErasure,
  COURSES_ERASURE,
  ERASED_IDS,
  type ErasedIds,
  FRIENDS_ERASURE,
  TIMETABLES_ERASURE,
} from './account-deletion.ports.js';
export { ThreadKeys } from './thread-keys.policy.js';
