export {
  Block,
  BlockId,
  blockedAccount,
  type BlockState,
  type BlockTarget,
  type NewBlock,
  blockTargetKey,
} from './block.entity.js';
export { AlreadyBlocked, Blocked, BlockNotFound, CannotBlockSelf } from './blocking.errors.js';
export { BlockedNamesForNotifications } from './blocked-names-for-notifications.js';
export {
  BLOCK_REPOSITORY,
  BLOCKS_ERASURE,
  type BlockRepository,
  type BlocksErasure,
} from './blocking.ports.js';
export {
  type BlockableComment,
  type BlockablePost,
  type BlockTargets,
  NO_BLOCK_TARGETS,
  toBlockTargets,
  ViewerBlocks,
} from './viewer-blocks.policy.js';
