import { BlockId, BlockNotFound, type Actor, type BlockRepository } from '@campus/domain';

export interface UnblockInput {
  actor: Actor;
  blockId: string;
}

export class Unblock {
  constructor(private readonly blocks: BlockRepository) {}

  /** Another member's block is not found, like one that never was. @throws BlockNotFound */
  async execute({ actor, blockId }: UnblockInput): Promise<void> {
    if (!(await this.blocks.remove(actor.id, BlockId(blockId)))) throw new BlockNotFound();
  }
}
