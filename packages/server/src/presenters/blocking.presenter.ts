import { isoTime } from '@campus/adapters/system';
import type { BlockDto } from '@campus/application';

/** A block is shown by its label alone: never the blocked account's id or username. */
export function presentBlock(block: BlockDto) {
  return { id: block.id, label: block.label, createdAt: isoTime(block.createdAt) };
}
