import type { BlockState, BlocksErasure, UserId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/** The target's account: the member, or the author of the blocked content. */
const blockedOf = (row: BlockState) => (row.target.kind === 'user' ? row.target.userId : row.target.authorId);

/** Blocks made by a deleted account or of it go with it, as SQL's cascades take them. */
export class InMemoryBlocksErasure implements BlocksErasure {
  constructor(private readonly db: MemoryDatabase) {}

  private gone(userId: UserId): BlockState[] {
    const rows = [...this.db.table<BlockState>('blocks').values()];
    return rows.filter((row) => row.blockerId === userId || blockedOf(row) === userId);
  }

  blockersOf(userId: UserId): Promise<UserId[]> {
    return Promise.resolve([...new Set(this.gone(userId).map((row) => row.blockerId))]);
  }

  erase(userId: UserId): Promise<void> {
    const keys = this.db.table<string>('block_keys');
    for (const row of this.gone(userId)) {
      this.db.table<BlockState>('blocks').delete(row.id);
      for (const [key, id] of keys) if (id === row.id) keys.delete(key);
    }
    return Promise.resolve();
  }
}
