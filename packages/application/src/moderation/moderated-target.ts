import {
  CommentId,
  CommentNotFound,
  Forbidden,
  isAdmin,
  PostId,
  PostNotFound,
  type Actor,
  type CommentRepository,
  type PostRepository,
  type ReportTarget,
  type ContentTargetType,
  type ReportTargetType,
} from '@campus/domain';

/** @throws Forbidden unless the actor is an admin */
export function assertAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw new Forbidden();
}

/**
 * The target an admin acts on, hidden or not. Deleted content (or a comment of a deleted post)
 * is gone for admins too: nothing to restore or dismiss.
 * @throws PostNotFound, CommentNotFound
 */
export async function findModeratedTarget(
  posts: PostRepository,
  comments: CommentRepository,
  type: ContentTargetType,
  id: string,
): Promise<{ target: Extract<ReportTarget, { type: ContentTargetType }>; hidden: boolean }> {
  if (type === 'post') {
    const post = await posts.findById(PostId(id));
    if (!post || post.deletedAt !== null) throw new PostNotFound();
    return { target: { type, id: post.id }, hidden: post.hiddenAt !== null };
  }
  const comment = await comments.findById(CommentId(id));
  if (!comment || comment.deletedAt !== null) throw new CommentNotFound();
  const post = await posts.findById(comment.postId);
  if (!post || post.deletedAt !== null) throw new CommentNotFound();
  return { target: { type, id: comment.id }, hidden: comment.hiddenAt !== null };
}

/** What restore and dismiss answer. */
export interface ModerationOutcome {
  target: { type: ReportTargetType; id: string };
  /** Whether the target is hidden after the action. */
  hidden: boolean;
  /** How many open reports the action resolved (0 when there were none). */
  resolvedReports: number;
}
