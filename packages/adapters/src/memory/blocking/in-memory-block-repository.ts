import {
  AlreadyBlocked,
  Block,
  pageFrom,
  blockTargetKey,
  toBlockTargets,
  type BlockId,
  type BlockRepository,
  type BlockState,
  type BlockTargets,
  type Page,
  type PageRequest,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/** The unique (blocker, target) key, as the SQL unique index keys it. */
const uniqueKey = (row: BlockState) => `${row.blockerId}\u0000${blockTargetKey(row.target)}`;

const newestFirst = (a: BlockState, b: BlockState) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Blocks by id, with their unique keys beside them; every method is one synchronous step. */
export class InMemoryBlockRepository implements BlockRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<BlockState>('blocks');
  }
  private get keys() {
    return this.db.table<string>('block_keys');
  }

  add(block: Block): Promise<void> {
    const row = structuredClone(block.snapshot());
    const key = uniqueKey(row);
    if (this.keys.has(key)) return Promise.reject(new AlreadyBlocked());
    this.keys.set(key, row.id);
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  remove(blockerId: UserId, id: BlockId): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row || row.blockerId !== blockerId) return Promise.resolve(false);
    this.rows.delete(id);
    this.keys.delete(uniqueKey(row));
    return Promise.resolve(true);
  }

  listByBlocker(blockerId: UserId, page: PageRequest): Promise<Page<Block>> {
    const after = page.after;
    const rows = this.of(blockerId)
      .sort(newestFirst)
      .filter((row) => {
        if (!after) return true;
        const time = row.createdAt.getTime();
        return time < after.value || (time === after.value && row.id < after.id);
      });
    const found = pageFrom(rows.slice(0, page.limit + 1), page.limit, (row) => ({
      value: row.createdAt.getTime(),
      id: row.id,
    }));
    return Promise.resolve({
      items: found.items.map((row) => Block.rehydrate(structuredClone(row))),
      next: found.next,
    });
  }

  targetsOf(blockerId: UserId): Promise<BlockTargets> {
    return Promise.resolve(toBlockTargets(this.of(blockerId).map((row) => row.target)));
  }

  eitherBlocksMember(a: UserId, b: UserId): Promise<boolean> {
    const named = (blocker: UserId, blocked: UserId) =>
      this.keys.has(`${blocker}\u0000${blockTargetKey({ kind: 'user', userId: blocked })}`);
    return Promise.resolve(named(a, b) || named(b, a));
  }

  private of(blockerId: UserId): BlockState[] {
    return [...this.rows.values()].filter((row) => row.blockerId === blockerId);
  }
}
