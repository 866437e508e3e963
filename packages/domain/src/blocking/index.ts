export {
  Block,
  BlockId,
  blockedAccount,
  type BlockState,
  type BlockTarget,
  type NewBlock,
  targetKey,
} from './block.entity.js';
export { AlreadyBlocked, Blocked, BlockNotFound, CannotBlockSelf } from './blocking.errors.js';
export { BLOCK_REPOSITORY, type BlockRepository } from './blocking.ports.js';
export {
  type BlockableComment,
  type BlockablePost,
  type BlockTargets,
  NO_BLOCK_TARGETS,
  toBlockTargets,
  ViewerBlocks,
} from './viewer-blocks.policy.js';
