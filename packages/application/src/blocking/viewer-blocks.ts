import { ViewerBlocks, type Actor, type BlockRepository, type BlockTargets } from '@campus/domain';

/** Built once per targets a cache hands out (frozen by it), which are the same until a block changes. */
const built = new WeakMap<BlockTargets, ViewerBlocks>();

/**
 * What the actor's own blocks hide from them, read for each request (through the cache, which the
 * block's own writes retire) and applied on top of views shared by every reader.
 */
export async function viewerBlocks(blocks: BlockRepository, actor: Actor): Promise<ViewerBlocks> {
  const targets = await blocks.targetsOf(actor.id);
  if (!Object.isFrozen(targets)) return ViewerBlocks.of(targets);
  let known = built.get(targets);
  if (known === undefined) built.set(targets, (known = ViewerBlocks.of(targets)));
  return known;
}
