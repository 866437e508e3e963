import {
  AlreadyBlocked,
  Block,
  BlockId,
  PostId,
  UserId,
  pageFrom,
  blockTargetKey,
  toBlockTargets,
  type BlockRepository,
  type BlockTarget,
  type BlockTargets,
  type Page,
  type PageRequest,
} from '@campus/domain';
import { translateUnique } from '../errors.js';
import { toTime, type Sql } from '../sql.js';

interface BlockRow {
  id: string;
  blocker_id: string;
  kind: string;
  blocked_user_id: string;
  post_id: string | null;
  label: string;
  created_at: Date | string;
}

type TargetRow = Pick<BlockRow, 'kind' | 'blocked_user_id' | 'post_id'>;

function toTarget(row: TargetRow): BlockTarget {
  const authorId = UserId(row.blocked_user_id);
  if (row.kind === 'user' || row.post_id === null) return { kind: 'user', userId: authorId };
  const postId = PostId(row.post_id);
  return row.kind === 'post' ? { kind: 'post', postId, authorId } : { kind: 'thread', postId, authorId };
}

const toBlock = (row: BlockRow) =>
  Block.rehydrate({
    id: BlockId(row.id),
    blockerId: UserId(row.blocker_id),
    target: toTarget(row),
    label: row.label,
    createdAt: toTime(row.created_at),
  });

/** Every method is one statement; the unique (blocker, target_key) index decides a double block. */
export class SequelizeBlockRepository implements BlockRepository {
  constructor(private readonly sql: Sql) {}

  async add(block: Block): Promise<void> {
    const b = block.snapshot();
    const target = b.target;
    try {
      await this.sql.run(
        `INSERT INTO blocks (id, blocker_id, kind, target_key, blocked_user_id, post_id, label, created_at)
         VALUES (:id, :blockerId, :kind, :key, :blockedUserId, :postId, :label, :createdAt)`,
        {
          id: b.id,
          blockerId: b.blockerId,
          kind: target.kind,
          key: blockTargetKey(target),
          blockedUserId: target.kind === 'user' ? target.userId : target.authorId,
          postId: target.kind === 'user' ? null : target.postId,
          label: b.label,
          createdAt: this.sql.time(b.createdAt),
        },
      );
    } catch (error) {
      translateUnique(error, [[/target_key|blocks_blocker_target/, () => new AlreadyBlocked()]]);
    }
  }

  async remove(blockerId: UserId, id: BlockId): Promise<boolean> {
    const removed = await this.sql.run('DELETE FROM blocks WHERE id = :id AND blocker_id = :blockerId', {
      id,
      blockerId,
    });
    return removed > 0;
  }

  async listByBlocker(blockerId: UserId, page: PageRequest): Promise<Page<Block>> {
    const params: Record<string, unknown> = { blockerId };
    let after = '';
    if (page.after) {
      after = ' AND (created_at < :afterTime OR (created_at = :afterTime AND id < :afterId))';
      params.afterTime = this.sql.time(new Date(page.after.value));
      params.afterId = page.after.id;
    }
    const rows = await this.sql.select<BlockRow>(
      `SELECT * FROM blocks WHERE blocker_id = :blockerId${after}
       ORDER BY created_at DESC, id DESC ${this.sql.pageLimit(page.limit)}`,
      params,
    );
    const found = pageFrom(rows.map(toBlock), page.limit, (block) => ({
      value: block.createdAt.getTime(),
      id: block.id,
    }));
    return found;
  }

  async targetsOf(blockerId: UserId): Promise<BlockTargets> {
    const rows = await this.sql.select<TargetRow>(
      'SELECT kind, blocked_user_id, post_id FROM blocks WHERE blocker_id = :blockerId',
      { blockerId },
    );
    return toBlockTargets(rows.map(toTarget));
  }

  async eitherBlocksMember(a: UserId, b: UserId): Promise<boolean> {
    const found = await this.sql.one(
      `SELECT 1 AS yes FROM blocks
       WHERE (blocker_id = :a AND target_key = :keyB) OR (blocker_id = :b AND target_key = :keyA)`,
      {
        a,
        b,
        keyA: blockTargetKey({ kind: 'user', userId: a }),
        keyB: blockTargetKey({ kind: 'user', userId: b }),
      },
    );
    return found !== null;
  }
}
