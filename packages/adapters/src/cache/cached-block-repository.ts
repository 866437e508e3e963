import {
  BLOCK_REPOSITORY,
  BLOCKS_ERASURE,
  type BlocksErasure,
  PostId,
  UserId,
  type Block,
  type BlockId,
  type BlockRepository,
  type BlockTargets,
  type Page,
  type PageRequest,
} from '@campus/domain';
import { provide } from '../composition/provisions.js';
import { AFTER_COMMIT } from './after-commit.js';
import type { CacheModule } from './cache-module.js';
import { retiringWrites, type Retirements } from './retiring-writes.js';
import type { ViewCache } from './view-cache.js';

/*
 * A viewer's block targets, read on every list and thread they open, cached per blocker. Only the
 * blocker's own block writes change it, and each retires it after its commit and before its answer
 * (on every instance, as every retirement does), so no view filtered with stale blocks is served
 * once a block's 201 has been sent. The shared board views are never touched by a block.
 */

const TTL_MS = 60_000;
export const blockScope = (blockerId: string) => `scope:blocks:${blockerId}`;

function decodeTargets(json: string): BlockTargets {
  const raw = JSON.parse(json) as BlockTargets;
  return {
    users: raw.users.map(UserId),
    posts: raw.posts.map(PostId),
    threads: raw.threads.map((t) => ({ postId: PostId(t.postId), authorId: UserId(t.authorId) })),
  };
}

/** Which block write retires which scope: the blocker's own targets, nothing shared. */
export const blockRetirements = {
  add: ([block]) => [blockScope(block.blockerId)],
  remove: ([blockerId]) => [blockScope(blockerId)],
} satisfies Retirements<BlockRepository>;

/** A deletion's blocks step retires the targets of every blocker it takes blocks from. */
export const blocksErasureRetirements = (erasure: BlocksErasure) =>
  ({
    erase: {
      before: ([userId]) => erasure.blockersOf(userId),
      retires: (_, __, blockers) => (blockers as string[]).map(blockScope),
    },
  }) satisfies Retirements<BlocksErasure>;

export class CachedBlockRepository implements BlockRepository {
  constructor(
    private readonly inner: BlockRepository,
    private readonly views: ViewCache,
  ) {}

  add(block: Block): Promise<void> {
    return this.inner.add(block);
  }
  remove(blockerId: UserId, id: BlockId): Promise<boolean> {
    return this.inner.remove(blockerId, id);
  }
  listByBlocker(blockerId: UserId, page: PageRequest): Promise<Page<Block>> {
    return this.inner.listByBlocker(blockerId, page);
  }

  targetsOf(blockerId: UserId): Promise<BlockTargets> {
    return this.views.read(
      { key: `view:blocks:${blockerId}`, scopes: [blockScope(blockerId)] },
      TTL_MS,
      () => this.inner.targetsOf(blockerId),
      decodeTargets,
    );
  }

  eitherBlocksMember(a: UserId, b: UserId): Promise<boolean> {
    return this.inner.eitherBlocksMember(a, b);
  }
}

/** Block targets read through the view cache; block writes retiring them (`blockRetirements`). */
export const cachedBlocking: CacheModule = (get, views) => {
  const uow = get(AFTER_COMMIT);
  const retire = (scopes: readonly string[]) => views.retire(uow, scopes);
  const blocks = new CachedBlockRepository(get(BLOCK_REPOSITORY), views);
  const erasure = get(BLOCKS_ERASURE);
  return [
    provide(BLOCK_REPOSITORY, retiringWrites(blocks, retire, blockRetirements)),
    provide(BLOCKS_ERASURE, retiringWrites(erasure, retire, blocksErasureRetirements(erasure))),
  ];
};
