import {
  arrangeCommentTree,
  commentAuthorView,
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
  ViewerBlocks,
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
  /** True (with content and author null) for a comment the viewer blocked that has shown replies. */
  isBlocked: boolean;
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

/**
 * Each call builds a new page: the caller may change it without touching another's. Posts the
 * viewer blocked are left out; the cursor stays the fetched page's, so a page may hold fewer items
 * than asked (the viewer knows what they blocked, so a short page tells them nothing new).
 */
export function toSummaryPage(
  page: Page<PostSummaryRecord>,
  blocks: ViewerBlocks = ViewerBlocks.none,
): PageDto<PostSummaryDto> {
  return { items: blocks.keepPosts(page.items).map(toSummaryDto), next: page.next };
}

function toCommentDto(
  node: CommentNode<CommentRecord>,
  post: PostAuthorship,
  viewer: Actor,
  top: boolean,
): CommentDto {
  const { comment } = node;
  const gone = node.isPlaceholder || node.isBlocked;
  return {
    id: comment.id,
    postId: comment.postId,
    parentId: comment.parentId,
    content: gone ? null : comment.content,
    author: gone ? null : commentAuthorView(comment, post),
    likeCount: comment.likeCount,
    isDeleted: node.isPlaceholder,
    isBlocked: node.isBlocked,
    isMine: !gone && comment.authorId === viewer.id,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    ...(top ? { replies: node.replies.map((reply) => toCommentDto(reply, post, viewer, false)) } : {}),
  };
}

/** A comment just written by `viewer`: live, and with no replies yet. */
export function toNewCommentDto(record: CommentRecord, post: PostAuthorship, viewer: Actor): CommentDto {
  const node = { comment: record, isPlaceholder: false, isBlocked: false, replies: [] };
  return toCommentDto(node, post, viewer, record.parentId === null);
}

/**
 * The comment tree of a post as `viewer` sees it (hidden comments show to admins, `isMine` marks
 * the viewer's own, `blocks` hides what the viewer blocked), built anew for each call: nothing in
 * it is shared with another reader.
 */
export function toCommentTree(
  records: readonly CommentRecord[],
  post: PostAuthorship,
  viewer: Actor,
  blocks: ViewerBlocks = ViewerBlocks.none,
): CommentDto[] {
  const blocked = (record: CommentRecord) => blocks.hidesComment(record);
  return arrangeCommentTree(records, viewer, blocked).map((node) => toCommentDto(node, post, viewer, true));
}

export function toPostDto(
  record: PostDetailRecord,
  comments: readonly CommentRecord[],
  viewer: Actor,
  blocks: ViewerBlocks = ViewerBlocks.none,
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
    comments: toCommentTree(comments, record, viewer, blocks),
  };
}
