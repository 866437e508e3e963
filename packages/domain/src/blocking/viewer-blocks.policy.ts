import type { PostId, UserId } from '../shared/ids.js';
import type { BlockTarget } from './block.entity.js';

/**
 * A viewer's blocks as plain data (what a store or a cache hands over): the members whose named
 * content they hid, the anonymous posts they hid, and the (post, commenter) pairs whose anonymous
 * comments they hid in that one thread.
 */
export interface BlockTargets {
  users: UserId[];
  posts: PostId[];
  threads: { postId: PostId; authorId: UserId }[];
}

export const NO_BLOCK_TARGETS: BlockTargets = Object.freeze({ users: [], posts: [], threads: [] });

export function toBlockTargets(targets: readonly BlockTarget[]): BlockTargets {
  const found: BlockTargets = { users: [], posts: [], threads: [] };
  for (const target of targets) {
    if (target.kind === 'user') found.users.push(target.userId);
    else if (target.kind === 'post') found.posts.push(target.postId);
    else found.threads.push({ postId: target.postId, authorId: target.authorId });
  }
  return found;
}

/** What the filter needs of a post: its raw author and whether it is anonymous. */
export interface BlockablePost {
  id: string;
  authorId: string;
  isAnonymous: boolean;
}

export interface BlockableComment {
  postId: string;
  authorId: string;
  isAnonymous: boolean;
}

/**
 * What one viewer's blocks hide from them, applied per request on top of views shared by every
 * reader. The rule that keeps a block from revealing authorship lives here, once: named content is
 * hidden by its author's account, anonymous content only by the very post or thread blocked. An
 * anonymous item is never hidden because of who wrote it, so nothing disappears that the viewer
 * had not already tied together.
 */
export class ViewerBlocks {
  private readonly users: ReadonlySet<string>;
  private readonly posts: ReadonlySet<string>;
  private readonly threads: ReadonlySet<string>;

  constructor(targets: BlockTargets) {
    this.users = new Set(targets.users);
    this.posts = new Set(targets.posts);
    this.threads = new Set(targets.threads.map((t) => threadKey(t.postId, t.authorId)));
  }

  static readonly none = new ViewerBlocks(NO_BLOCK_TARGETS);

  /** The blocks of `targets`: `none` when there are none, as for most viewers. */
  static of(targets: BlockTargets): ViewerBlocks {
    const empty = targets.users.length === 0 && targets.posts.length === 0 && targets.threads.length === 0;
    return empty ? ViewerBlocks.none : new ViewerBlocks(targets);
  }

  get isEmpty(): boolean {
    return this.users.size === 0 && this.posts.size === 0 && this.threads.size === 0;
  }

  hidesPost(post: BlockablePost): boolean {
    return post.isAnonymous ? this.posts.has(post.id) : this.users.has(post.authorId);
  }

  hidesComment(comment: BlockableComment): boolean {
    // Asked of every comment of a thread: the key is put together only when some thread is blocked.
    return comment.isAnonymous
      ? this.threads.size > 0 && this.threads.has(threadKey(comment.postId, comment.authorId))
      : this.users.has(comment.authorId);
  }

  /** A username block (or one from named content): friend requests, messages, named notifications. */
  blocksMember(userId: string): boolean {
    return this.users.has(userId);
  }

  /** Whether any of the items is one the viewer blocked. */
  hidesAnyPost(items: readonly BlockablePost[]): boolean {
    return !this.isEmpty && items.some((item) => this.hidesPost(item));
  }

  /** Items of a list the viewer has not blocked, in their order. */
  keepPosts<T extends BlockablePost>(items: readonly T[]): T[] {
    return this.isEmpty ? [...items] : items.filter((item) => !this.hidesPost(item));
  }
}

function threadKey(postId: string, authorId: string): string {
  return `${postId}:${authorId}`;
}
