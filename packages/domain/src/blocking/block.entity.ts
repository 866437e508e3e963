import type { Brand } from '../shared/ids.js';
import type { PostId, UserId } from '../shared/ids.js';
import { CannotBlockSelf } from './blocking.errors.js';

export type BlockId = Brand<string, 'BlockId'>;
export const BlockId = (value: string) => value as BlockId;

/**
 * What a block hides, as the blocker could already tie it together:
 *   user    a member's named posts and comments (from a username, or from named content)
 *   post    one anonymous post
 *   thread  one anonymous commenter's anonymous comments in one post's thread (their 익명N)
 */
export type BlockTarget =
  | { kind: 'user'; userId: UserId }
  | { kind: 'post'; postId: PostId; authorId: UserId }
  | { kind: 'thread'; postId: PostId; authorId: UserId };

export interface BlockState {
  id: BlockId;
  blockerId: UserId;
  target: BlockTarget;
  /** What the blocker saw (`익명`, `익명3`, `익명(글쓴이)`, a nickname): all they are ever shown. */
  label: string;
  createdAt: Date;
}

export interface NewBlock {
  id: BlockId;
  blockerId: UserId;
  target: BlockTarget;
  label: string;
}

/**
 * The one thing that makes two blocks the same: a unique index on (blocker, key) decides it. The
 * key of anonymous content names the content, never its author alone, so blocking a second
 * anonymous post of one author is a new target and answers nothing about who wrote it.
 */
export function blockTargetKey(target: BlockTarget): string {
  switch (target.kind) {
    case 'user':
      return `user:${target.userId}`;
    case 'post':
      return `post:${target.postId}`;
    case 'thread':
      return `thread:${target.postId}:${target.authorId}`;
  }
}

/** The account behind the target: never presented, used to filter and to refuse a self-block. */
export function blockedAccount(target: BlockTarget): UserId {
  return target.kind === 'user' ? target.userId : target.authorId;
}

export class Block {
  private constructor(private readonly state: BlockState) {}

  /** @throws CannotBlockSelf */
  static create(input: NewBlock, now: Date): Block {
    if (blockedAccount(input.target) === input.blockerId) throw new CannotBlockSelf();
    return new Block({ ...input, target: { ...input.target }, createdAt: now });
  }

  static rehydrate(state: BlockState): Block {
    return new Block({ ...state, target: { ...state.target } });
  }

  get id(): BlockId {
    return this.state.id;
  }
  get blockerId(): UserId {
    return this.state.blockerId;
  }
  get target(): BlockTarget {
    return { ...this.state.target };
  }
  get label(): string {
    return this.state.label;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }
  get key(): string {
    return blockTargetKey(this.state.target);
  }

  snapshot(): BlockState {
    return { ...this.state, target: { ...this.state.target } };
  }
}
