import type { Actor } from '../identity/actor.js';
import { isShownTo } from './visibility.policy.js';

/** What the tree needs of a comment (an entity's state or a read record). */
export interface TreeComment {
  id: string;
  parentId: string | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
}

export interface CommentNode<T extends TreeComment> {
  comment: T;
  /** Shown as `{ isDeleted: true, content: null, author: null }`: gone, but it has shown replies. */
  isPlaceholder: boolean;
  /**
   * Shown as `{ isBlocked: true, content: null, author: null }`: live, but the viewer blocked it,
   * and it has shown replies. Never set together with `isPlaceholder`.
   */
  isBlocked: boolean;
  /** Always empty on replies (one level deep). */
  replies: CommentNode<T>[];
}

function oldestFirst(a: TreeComment, b: TreeComment): number {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Arranges a post's comments for one viewer, oldest first at both levels. A gone top-level
 * comment stays as a placeholder while it has shown replies and disappears otherwise; a gone
 * reply disappears. Replies whose parent is not in the list are dropped. A comment the viewer
 * blocked (`blocked`) is treated like a gone one, but marked as blocked rather than deleted.
 */
export function arrangeCommentTree<T extends TreeComment>(
  comments: readonly T[],
  viewer: Actor,
  blocked: (comment: T) => boolean = () => false,
): CommentNode<T>[] {
  const sorted = [...comments].sort(oldestFirst);
  const replies = new Map<string, CommentNode<T>[]>();
  for (const comment of sorted) {
    if (comment.parentId === null || !isShownTo(comment, viewer) || blocked(comment)) continue;
    const siblings = replies.get(comment.parentId) ?? [];
    siblings.push({ comment, isPlaceholder: false, isBlocked: false, replies: [] });
    replies.set(comment.parentId, siblings);
  }
  const tree: CommentNode<T>[] = [];
  for (const comment of sorted) {
    if (comment.parentId !== null) continue;
    const children = replies.get(comment.id) ?? [];
    const live = isShownTo(comment, viewer);
    const isBlocked = live && blocked(comment);
    if ((live && !isBlocked) || children.length > 0)
      tree.push({ comment, isPlaceholder: !live, isBlocked, replies: children });
  }
  return tree;
}
