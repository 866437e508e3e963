import type { UserId } from '../shared/ids.js';

/**
 * How an author is shown to others. `id` is null whenever the author is anonymous, and no
 * nickname appears then either: this object is the only author information that leaves the core.
 */
export interface AuthorView {
  id: string | null;
  displayName: string;
  isAnonymous: boolean;
  isPostAuthor: boolean;
}

export const ANONYMOUS = '익명';
export const ANONYMOUS_POST_AUTHOR = '익명(글쓴이)';
/**
 * Shown for a named author whose account is gone (deleted: see account deletion). Such content
 * keeps no id that leads anywhere, so none is shown either.
 */
export const DEPARTED_AUTHOR = '(탈퇴한 사용자)';

export function anonymousName(n: number): string {
  return `${ANONYMOUS}${n}`;
}

/** What the policy needs to know about the post a comment belongs to. */
export interface PostAuthorship {
  authorId: UserId;
  isAnonymous: boolean;
}

export interface AuthoredPost extends PostAuthorship {
  /** Null when anonymous: adapters never fetch it for anonymous authors. */
  authorNickname: string | null;
}

export interface AuthoredComment {
  authorId: UserId;
  isAnonymous: boolean;
  anonymousNumber: number | null;
  authorNickname: string | null;
}

/**
 * `익명(글쓴이)` is for the author of an ANONYMOUS post only. Under a named post it would tie the
 * anonymous comment to the named author's account, so there the author is numbered like anyone.
 */
function isAnonymousPostAuthor(post: PostAuthorship, commenterId: UserId): boolean {
  return post.isAnonymous && post.authorId === commenterId;
}

/**
 * Whether a new comment needs the commenter's 익명N number on the post. Numbers are handed out at
 * a commenter's first anonymous comment (not their first comment: a number given at an earlier
 * named comment would reveal who they are) and stored, so deleting comments never shifts them.
 */
export function needsAnonymousNumber(
  post: PostAuthorship,
  commenterId: UserId,
  isAnonymous: boolean,
): boolean {
  return isAnonymous && !isAnonymousPostAuthor(post, commenterId);
}

/** A post's own author: `익명` when anonymous, else the nickname. The post's author is its author. */
export function postAuthorView(post: AuthoredPost): AuthorView {
  if (post.isAnonymous) return { id: null, displayName: ANONYMOUS, isAnonymous: true, isPostAuthor: true };
  return {
    id: namedId(post.authorId, post.authorNickname),
    displayName: post.authorNickname ?? DEPARTED_AUTHOR,
    isAnonymous: false,
    isPostAuthor: true,
  };
}

/**
 * A comment's author. `isPostAuthor` is true for `익명(글쓴이)`, and for a named comment by the
 * author of a named post (both names are public, so nothing is revealed). It is never true on a
 * named comment under an anonymous post, which would unmask the post's author.
 */
export function commentAuthorView(comment: AuthoredComment, post: PostAuthorship): AuthorView {
  if (!comment.isAnonymous) {
    return {
      id: namedId(comment.authorId, comment.authorNickname),
      displayName: comment.authorNickname ?? DEPARTED_AUTHOR,
      isAnonymous: false,
      isPostAuthor: !post.isAnonymous && post.authorId === comment.authorId,
    };
  }
  if (isAnonymousPostAuthor(post, comment.authorId)) {
    return { id: null, displayName: ANONYMOUS_POST_AUTHOR, isAnonymous: true, isPostAuthor: true };
  }
  const displayName = comment.anonymousNumber === null ? ANONYMOUS : anonymousName(comment.anonymousNumber);
  return { id: null, displayName, isAnonymous: true, isPostAuthor: false };
}

/**
 * A named author's id, or null once their account is gone (no nickname then): such content keeps
 * no id that leads anywhere, and shows as `DEPARTED_AUTHOR`. Every author view is one literal of
 * the same four fields, so the code reading them sees one shape (a spread here made presenting a
 * thread measurably slower).
 */
function namedId(authorId: UserId, nickname: string | null): UserId | null {
  return nickname === null ? null : authorId;
}
