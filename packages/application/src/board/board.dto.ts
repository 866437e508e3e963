import {
  arrangeCommentTree,
  commentAuthorView,
  deepFreeze,
  isAdmin,
  postAuthorView,
  previewOf,
  type Actor,
  type AuthorView,
  type Board,
  type CommentNode,
  type CommentRecord,
  type Keyset,
  type Page,
  type PostAuthorship,
  type PostDetailRecord,
  type PostSummaryRecord,
  type UserId,
} from '@campus/domain';

/*
 * What the board use cases return. Built field by field from the records, with authors passed
 * through the anonymity policy, so no DTO carries the id or nickname of an anonymous author.
 */

export type AuthorDto = AuthorView;

export interface BoardDto {
  id: string;
  name: string;
  description: string;
}

export interface PostSummaryDto {
  id: string;
  boardId: string;
  title: string;
  contentPreview: string;
  author: AuthorDto;
  isQuestion: boolean;
  likeCount: number;
  commentCount: number;
  scrapCount: number;
  isHot: boolean;
  createdAt: Date;
}

export interface CommentDto {
  id: string;
  postId: string;
  parentId: string | null;
  /** null (with author null and isDeleted true) for a gone comment kept as a placeholder. */
  content: string | null;
  author: AuthorDto | null;
  likeCount: number;
  isDeleted: boolean;
  isMine: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** On top-level comments only. */
  replies?: CommentDto[];
}

export interface PostDto extends Omit<PostSummaryDto, 'contentPreview'> {
  board: { id: string; name: string };
  content: string;
  updatedAt: Date;
  viewer: { isAuthor: boolean; liked: boolean; scrapped: boolean; reported: boolean };
  comments: CommentDto[];
}

/** A page of items; the server turns `next` into an opaque cursor. */
export interface PageDto<T> {
  items: T[];
  next: Keyset | null;
}

export function toBoardDto(board: Board): BoardDto {
  return { id: board.id, name: board.name, description: board.description };
}

export function toSummaryDto(record: PostSummaryRecord): PostSummaryDto {
  return {
    id: record.id,
    boardId: record.boardId,
    title: record.title,
    contentPreview: previewOf(record.contentPreview),
    author: postAuthorView(record),
    isQuestion: record.isQuestion,
    likeCount: record.likeCount,
    commentCount: record.commentCount,
    scrapCount: record.scrapCount,
    isHot: record.hotAt !== null,
    createdAt: record.createdAt,
  };
}

/*
 * Frozen records cannot change, and the view cache hands the same frozen page or comment list to
 * every request until a write retires it. What is built from them for every viewer alike is built
 * once per such value and shared, frozen in turn, so the server can also write it out once.
 * Records that are not frozen (read straight from a store) are converted for each request.
 */
const sharedPages = new WeakMap<Page<PostSummaryRecord>, PageDto<PostSummaryDto>>();

export function toSummaryPage(page: Page<PostSummaryRecord>): PageDto<PostSummaryDto> {
  if (!Object.isFrozen(page)) return { items: page.items.map(toSummaryDto), next: page.next };
  let dto = sharedPages.get(page);
  if (dto === undefined) {
    dto = deepFreeze({ items: page.items.map(toSummaryDto), next: page.next });
    sharedPages.set(page, dto);
  }
  return dto;
}

function toCommentDto(
  node: CommentNode<CommentRecord>,
  post: PostAuthorship,
  viewer: Actor,
  top: boolean,
): CommentDto {
  const { comment } = node;
  const gone = node.isPlaceholder;
  return {
    id: comment.id,
    postId: comment.postId,
    parentId: comment.parentId,
    content: gone ? null : comment.content,
    author: gone ? null : commentAuthorView(comment, post),
    likeCount: comment.likeCount,
    isDeleted: gone,
    isMine: !gone && comment.authorId === viewer.id,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    ...(top ? { replies: node.replies.map((reply) => toCommentDto(reply, post, viewer, false)) } : {}),
  };
}

/** A comment just written by `viewer`: live, and with no replies yet. */
export function toNewCommentDto(record: CommentRecord, post: PostAuthorship, viewer: Actor): CommentDto {
  const node = { comment: record, isPlaceholder: false, replies: [] };
  return toCommentDto(node, post, viewer, record.parentId === null);
}

interface SharedTree {
  post: PostAuthorship;
  /** The ids of each author's comments. */
  authors: ReadonlyMap<UserId, ReadonlySet<string>>;
  tree: CommentDto[];
}
const sharedTrees = new WeakMap<readonly CommentRecord[], SharedTree>();

/** A member who wrote none of the comments: what every such viewer sees (`isMine` all false). */
const BYSTANDER: Actor = { id: '' as UserId, role: 'user', schoolId: null };

/**
 * The comment tree of a post as `viewer` sees it. Only two things in it depend on the viewer:
 * hidden comments show to admins, and `isMine` marks the viewer's own. So a tree of frozen
 * records is shared (frozen) by every viewer who is no admin and wrote none of the comments; one
 * who wrote some gets a tree that shares every node but those holding their own comments.
 */
export function toCommentTree(
  records: readonly CommentRecord[],
  post: PostAuthorship,
  viewer: Actor,
): CommentDto[] {
  if (!Object.isFrozen(records) || isAdmin(viewer)) return buildTree(records, post, viewer);
  let shared = sharedTrees.get(records);
  if (shared === undefined || !sameAuthorship(shared.post, post)) {
    shared = {
      post: { authorId: post.authorId, isAnonymous: post.isAnonymous },
      authors: commentsByAuthor(records),
      tree: deepFreeze(buildTree(records, post, BYSTANDER)),
    };
    sharedTrees.set(records, shared);
  }
  const mine = shared.authors.get(viewer.id);
  return mine === undefined ? shared.tree : shared.tree.map((node) => markMine(node, mine));
}

function commentsByAuthor(records: readonly CommentRecord[]): Map<UserId, Set<string>> {
  const authors = new Map<UserId, Set<string>>();
  for (const record of records) {
    const ids = authors.get(record.authorId) ?? new Set<string>();
    ids.add(record.id);
    authors.set(record.authorId, ids);
  }
  return authors;
}

/** The node as the author of `mine` sees it: the shared node itself when nothing in it is theirs. */
function markMine(node: CommentDto, mine: ReadonlySet<string>): CommentDto {
  const own = !node.isDeleted && mine.has(node.id);
  const replies = node.replies?.map((reply) => markMine(reply, mine));
  const changed = own || (replies ?? []).some((reply, i) => reply !== node.replies![i]);
  if (!changed) return node;
  return { ...node, isMine: own, ...(replies ? { replies } : {}) };
}

function buildTree(records: readonly CommentRecord[], post: PostAuthorship, viewer: Actor): CommentDto[] {
  return arrangeCommentTree(records, viewer).map((node) => toCommentDto(node, post, viewer, true));
}

function sameAuthorship(a: PostAuthorship, b: PostAuthorship): boolean {
  return a.authorId === b.authorId && a.isAnonymous === b.isAnonymous;
}

export function toPostDto(
  record: PostDetailRecord,
  comments: readonly CommentRecord[],
  viewer: Actor,
): PostDto {
  return {
    id: record.id,
    boardId: record.boardId,
    title: record.title,
    author: postAuthorView(record),
    isQuestion: record.isQuestion,
    likeCount: record.likeCount,
    commentCount: record.commentCount,
    scrapCount: record.scrapCount,
    isHot: record.hotAt !== null,
    createdAt: record.createdAt,
    board: { id: record.boardId, name: record.boardName },
    content: record.content,
    updatedAt: record.updatedAt,
    viewer: {
      isAuthor: record.authorId === viewer.id,
      liked: record.viewer.liked,
      scrapped: record.viewer.scrapped,
      reported: record.viewer.reported,
    },
    comments: toCommentTree(comments, record, viewer),
  };
}
