import {
  Block,
  BlockId,
  type BlockRepository,
  type BlockTarget,
  type Clock,
  type IdGenerator,
  type UserId,
  type UserRepository,
  DEPARTED_AUTHOR,
} from '@campus/domain';

/** A block as its blocker sees it: the label they saw, never the account behind it. */
export interface BlockDto {
  id: string;
  label: string;
  createdAt: Date;
}

export function toBlockDto(block: Block): BlockDto {
  return { id: block.id, label: block.label, createdAt: block.createdAt };
}

/** The ports every way of blocking writes through. */
export interface BlockWriter {
  blocks: BlockRepository;
  ids: IdGenerator;
  clock: Clock;
}

/**
 * Stores a block of `target` by `blockerId`, labelled as the blocker saw it, and answers it from
 * what was written (nothing is read after the commit). @throws CannotBlockSelf, AlreadyBlocked
 */
export async function saveBlock(
  { blocks, ids, clock }: BlockWriter,
  blockerId: UserId,
  target: BlockTarget,
  label: string,
): Promise<BlockDto> {
  const block = Block.create({ id: BlockId(ids.next()), blockerId, target, label }, clock.now());
  await blocks.add(block);
  return toBlockDto(block);
}

/** A named author's label: the nickname the blocker saw beside their content. */
export async function nicknameOf(users: UserRepository, userId: UserId): Promise<string> {
  return (await users.findById(userId))?.nickname ?? DEPARTED_AUTHOR;
}
