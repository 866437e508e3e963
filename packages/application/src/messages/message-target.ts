import {
  ANONYMOUS,
  CommentId,
  UserNotFound,
  Username,
  ValidationFailed,
  commentAuthorView,
  type Actor,
  type CommentRepository,
  type ConversationAbout,
  type ConversationSide,
  type ConversationSubject,
  type PostRepository,
  type UserRepository,
} from '@campus/domain';
import { findVisibleComment, findVisiblePost } from '../board/board-lookups.js';

/** Whom a new message is for: exactly one of the three. */
export interface MessageTargetInput {
  toUsername?: string | undefined;
  postId?: string | undefined;
  commentId?: string | undefined;
}

export interface MessageTarget {
  subject: ConversationSubject;
  /** The recipient as the sender saw them: by the label of anonymous content, else named. */
  recipient: ConversationSide;
  about: ConversationAbout | null;
}

export interface TargetStores {
  users: UserRepository;
  posts: PostRepository;
  comments: CommentRepository;
}

/**
 * Finds the recipient. Content is found as the actor may read it (their school's boards, nothing
 * deleted or hidden), so one can message only the author of what one can see, and an anonymous
 * author is known to the conversation by the label the sender saw, never more.
 * @throws ValidationFailed (not exactly one target), UserNotFound, PostNotFound, CommentNotFound, NotSchoolMember
 */
export async function findMessageTarget(
  stores: TargetStores,
  actor: Actor,
  input: MessageTargetInput,
): Promise<MessageTarget> {
  const given = [input.toUsername, input.postId, input.commentId].filter((v) => v !== undefined);
  if (given.length !== 1)
    throw new ValidationFailed('toUsername', 'Send exactly one of toUsername, postId and commentId.');
  if (input.toUsername !== undefined) {
    const { toUsername } = input;
    const user = Username.isWellFormed(toUsername) ? await stores.users.findByUsername(toUsername) : null;
    if (!user) throw new UserNotFound();
    return { subject: { kind: 'user' }, recipient: named(user.id), about: null };
  }
  if (input.postId !== undefined) {
    const post = await findVisiblePost(stores.posts, actor, input.postId);
    const recipient = post.isAnonymous
      ? { userId: post.authorId, isAnonymous: true, label: ANONYMOUS }
      : named(post.authorId);
    return {
      subject: { kind: 'post', postId: post.id },
      recipient,
      about: { postId: post.id, title: post.title },
    };
  }
  const { comment, post } = await findVisibleComment(stores.posts, stores.comments, actor, input.commentId!);
  const view = commentAuthorView({ ...comment.snapshot(), authorNickname: null }, post);
  const recipient = view.isAnonymous
    ? { userId: comment.authorId, isAnonymous: true, label: view.displayName }
    : named(comment.authorId);
  return {
    subject: { kind: 'comment', commentId: CommentId(comment.id) },
    recipient,
    about: { postId: post.id, title: post.title },
  };
}

function named(userId: ConversationSide['userId']): ConversationSide {
  return { userId, isAnonymous: false, label: null };
}
