import type { AccountErasure } from '../account-deletion/account-deletion.ports.js';
import type { Page, PageRequest } from '../shared/pagination.js';
import type { UserId } from '../shared/ids.js';
import { token, type Token } from '../shared/token.js';
import type { Block, BlockId } from './block.entity.js';
import type { BlockTargets } from './viewer-blocks.policy.js';

/**
 * Blocks, by blocker. Every method that reads is about one blocker's own blocks except
 * `eitherBlocksMember`, which answers only yes or no about two named accounts.
 */
export interface BlockRepository {
  /** @throws AlreadyBlocked when the blocker holds a block of the same target (a unique index decides). */
  add(block: Block): Promise<void>;
  /** Removes the blocker's block; false when they hold none with that id. */
  remove(blockerId: UserId, id: BlockId): Promise<boolean>;
  /** The blocker's blocks, newest first by (createdAt, id); keyset value: createdAt in epoch ms. */
  listByBlocker(blockerId: UserId, page: PageRequest): Promise<Page<Block>>;
  /** Everything the blocker's blocks hide, read on every list and thread they see. */
  targetsOf(blockerId: UserId): Promise<BlockTargets>;
  /**
   * Whether either member blocked the other by username (or from named content). For friend
   * requests now; messages and notifications ask the same (anonymous content blocks never count).
   */
  eitherBlocksMember(a: UserId, b: UserId): Promise<boolean>;
}
export const BLOCK_REPOSITORY: Token<BlockRepository> = token('BlockRepository');

/**
 * Blocking's part of deleting an account: the blocks it made and the blocks of it (of the member
 * or of their content) go with it, as they would with the account's row. `blockersOf` names the
 * members whose blocks a deletion removes, so their cached targets can be retired.
 */
export interface BlocksErasure extends AccountErasure {
  blockersOf(userId: UserId): Promise<UserId[]>;
}
export const BLOCKS_ERASURE: Token<BlocksErasure> = token('BlocksErasure');
