import {
  commentAuthorView,
  notificationTexts,
  type Comment,
  type CommentId,
  type Post,
  type PostId,
  type UserId,
} from '@campus/domain';
import type { Notifier } from './notifier.js';

/**
 * A new comment tells the post's author (`comment`) and, for a reply, the parent's author
 * (`reply`; the post's author once only when both are theirs). The commenter is named by the
 * label everyone sees on the thread: `익명2`, `익명(글쓴이)` or, for a named comment, the nickname.
 */
export async function notifyOfComment(
  notifier: Notifier,
  post: Post,
  parent: Comment | null,
  comment: Comment,
  authorNickname: string | null,
): Promise<void> {
  const state = comment.snapshot();
  const label = commentAuthorView({ ...state, authorNickname }, post).displayName;
  const actor = { id: comment.authorId, named: !comment.isAnonymous };
  const target = { postId: post.id, commentId: comment.id };
  if (parent)
    await notifier.notify({
      recipientId: parent.authorId,
      type: 'reply',
      text: notificationTexts.reply(label),
      target,
      actor,
    });
  if (parent?.authorId === post.authorId) return;
  await notifier.notify({
    recipientId: post.authorId,
    type: 'comment',
    text: notificationTexts.comment(label),
    target,
    actor,
  });
}

/**
 * A post turns HOT once, and its author is told once: by the like whose count is the threshold.
 * Likes are never taken back, so exactly one like gets that count, even when two race (both read
 * the post before either was HOT). A post already past a lowered threshold turns HOT silently.
 */
export async function notifyOfHot(
  notifier: Notifier,
  post: Post,
  likeCount: number,
  threshold: number,
): Promise<void> {
  if (likeCount !== threshold || !post.becomesHotWith(likeCount, threshold)) return;
  await notifier.notify({
    recipientId: post.authorId,
    type: 'hot',
    text: notificationTexts.hot(),
    target: { postId: post.id },
    actor: null,
  });
}

/** The author of content the reports hid is told (only they are: the notification is theirs). */
export function notifyOfHidden(
  notifier: Notifier,
  authorId: UserId,
  target: { postId: PostId; commentId?: CommentId },
): Promise<void> {
  return notifier.notify({
    recipientId: authorId,
    type: 'moderation',
    text: notificationTexts.hidden(target.commentId ? 'comment' : 'post'),
    target,
    actor: null,
  });
}
