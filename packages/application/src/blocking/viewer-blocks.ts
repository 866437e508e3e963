import { ViewerBlocks, type Actor, type BlockRepository } from '@campus/domain';

/**
 * What the actor's own blocks hide from them, read for each request (through the cache, which the
 * block's own writes retire) and applied on top of views shared by every reader.
 */
export async function viewerBlocks(blocks: BlockRepository, actor: Actor): Promise<ViewerBlocks> {
  return new ViewerBlocks(await blocks.targetsOf(actor.id));
}
