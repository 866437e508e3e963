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
 * reply disappears. Replies whose parent is not in the list are dropped.
 */
export function arrangeCommentTree<T extends TreeComment>(
  comments: readonly T[],
  viewer: Actor,
): CommentNode<T>[] {
  const sorted = [...comments].sort(oldestFirst);
  const replies = new Map<string, CommentNode<T>[]>();
  for (const comment of sorted) {
    if (comment.parentId === null || !isShownTo(comment, viewer)) continue;
    const siblings = replies.get(comment.parentId) ?? [];
    siblings.push({ comment, isPlaceholder: false, replies: [] });
    replies.set(comment.parentId, siblings);
  }
  const tree: CommentNode<T>[] = [];
  for (const comment of sorted) {
    if (comment.parentId !== null) continue;
    const children = replies.get(comment.id) ?? [];
    const shown = isShownTo(comment, viewer);
    if (shown || children.length > 0) tree.push({ comment, isPlaceholder: !shown, replies: children });
  }
  return tree;
}
