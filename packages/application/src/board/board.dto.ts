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
  isAdmin,
  targetKey,
  ViewerBlocks,
} from '@campus/domain';
import { sharedBy, share, type DeepReadonly, type Shared } from '../shared/shared-view.js';

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
  /** For admins reading a post only. */
  moderation?: ModerationDto;
}

/** What admins see of a post's or comment's reports: never anyone else. */
export interface ModerationDto {
  hidden: boolean;
  /** Open reports, counting toward the threshold or not. */
  reportCount: number;
}

/** Open report counts by `targetKey`, given only when the reader is an admin. */
export type ReportCounts = ReadonlyMap<string, number>;

function moderationOf(
  type: 'post' | 'comment',
  item: { id: string; hiddenAt: Date | null },
  counts: ReportCounts | undefined,
): { moderation?: ModerationDto } {
  if (!counts) return {};
  const reportCount = counts.get(targetKey({ type, id: item.id })) ?? 0;
  return { moderation: { hidden: item.hiddenAt !== null, reportCount } };
}

export interface PostDto extends Omit<PostSummaryDto, 'contentPreview'> {
  board: { id: string; name: string };
  content: string;
  updatedAt: Date;
  viewer: { isAuthor: boolean; liked: boolean; scrapped: boolean; reported: boolean };
  comments: CommentTreeDto;
  /** For admins reading a post only. */
  moderation?: ModerationDto;
}

/** A thread: shared by the readers who see it alike (see `toCommentTree`), so nobody changes it. */
export type CommentTreeDto = DeepReadonly<CommentDto[]>;

/** A page of items; the server turns `next` into an opaque cursor. */
export interface PageDto<T> {
  items: T[];
  next: Keyset | null;
}

/**
 * A page of post summaries. From a cache, each is shared by every reader of its record (they read
 * it alike), and so is the page; read from the database for one request, nothing is.
 */
export interface SummaryPageDto {
  readonly items: readonly DeepReadonly<PostSummaryDto>[];
  readonly next: Keyset | null;
}

export function toBoardDto(board: Board): BoardDto {
  return { id: board.id, name: board.name, description: board.description };
}

function summaryOf(record: PostSummaryRecord): PostSummaryDto {
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

/** A post's summary, built once per record: it reads the same to everyone. */
export const toSummaryDto: (record: PostSummaryRecord) => Shared<PostSummaryDto> = sharedBy(summaryOf);

/** A whole page as every reader whose blocks hide none of it reads it: built once per page. */
const commonPage = sharedBy((page: Page<PostSummaryRecord>): SummaryPageDto => ({
  items: page.items.map(toSummaryDto),
  next: page.next,
})) as (page: Page<PostSummaryRecord>) => SummaryPageDto;

/**
 * A page as one blocker reads it, per page and per blocks: both are the same objects while the
 * cache holds them unchanged (see `viewerBlocks`), so a blocker reading the page again gets the
 * one built before, and either changing makes another.
 */
const blockedPages = new WeakMap<Page<PostSummaryRecord>, WeakMap<ViewerBlocks, SummaryPageDto>>();

/**
 * A page of shared summaries. Posts the viewer blocked are left out; the cursor stays the fetched
 * page's, so a page may hold fewer items than asked (the viewer knows what they blocked, so a
 * short page tells them nothing new). A page a cache hands to every reader (frozen by it) is
 * shared too, so what is written from it is written once: one for every reader whose blocks hide
 * none of it, one per blocker for the others. A page read from the database for this request
 * alone is built for it.
 */
export function toSummaryPage(
  page: Page<PostSummaryRecord>,
  blocks: ViewerBlocks = ViewerBlocks.none,
): SummaryPageDto {
  // Records read from the database for this request are read by nobody else: nothing is shared.
  if (!Object.isFrozen(page)) return { items: blocks.keepPosts(page.items).map(summaryOf), next: page.next };
  if (!blocks.hidesAnyPost(page.items)) return commonPage(page);
  let byBlocks = blockedPages.get(page);
  if (byBlocks === undefined) blockedPages.set(page, (byBlocks = new WeakMap()));
  let view = byBlocks.get(blocks);
  if (view === undefined) {
    view = share({ items: blocks.keepPosts(page.items).map(toSummaryDto), next: page.next });
    byBlocks.set(blocks, view);
  }
  return view;
}

function toCommentDto(
  node: CommentNode<CommentRecord>,
  post: PostAuthorship,
  viewer: Actor,
  top: boolean,
  counts?: ReportCounts,
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
    ...(top
      ? { replies: node.replies.map((reply) => toCommentDto(reply, post, viewer, false, counts)) }
      : {}),
    ...(gone ? {} : moderationOf('comment', comment, counts)),
  };
}

/** A comment just written by `viewer`: live, and with no replies yet. */
export function toNewCommentDto(record: CommentRecord, post: PostAuthorship, viewer: Actor): CommentDto {
  const node = { comment: record, isPlaceholder: false, isBlocked: false, replies: [] };
  return toCommentDto(node, post, viewer, record.parentId === null);
}

function buildTree(
  records: readonly CommentRecord[],
  post: PostAuthorship,
  viewer: Actor,
  blocks: ViewerBlocks,
  counts?: ReportCounts,
): CommentDto[] {
  const blocked = blocks.isEmpty ? undefined : (record: CommentRecord) => blocks.hidesComment(record);
  return arrangeCommentTree(records, viewer, blocked).map((node) =>
    toCommentDto(node, post, viewer, true, counts),
  );
}

/**
 * The thread as every member who wrote none of it sees it, per list of records (one post's): the
 * tree, each of its top-level nodes shared on its own too, and the records of each node's group
 * (the top-level comment and its replies).
 */
interface CommonThread {
  post: PostAuthorship;
  tree: Shared<CommentDto[]>;
  groups: ReadonlyMap<string, readonly CommentRecord[]>;
}
const commonThreads = new WeakMap<readonly CommentRecord[], CommonThread>();

/** A member who wrote none of the comments: the tree every member sees is built for them. */
const BYSTANDER: Actor = { id: '' as Actor['id'], role: 'user', schoolId: null };

function commonThreadOf(records: readonly CommentRecord[], post: PostAuthorship): CommonThread {
  const known = commonThreads.get(records);
  if (known && known.post.authorId === post.authorId && known.post.isAnonymous === post.isAnonymous) {
    return known;
  }
  const groups = new Map<string, CommentRecord[]>();
  for (const record of records) {
    const top = record.parentId ?? record.id;
    const group = groups.get(top);
    if (group) group.push(record);
    else groups.set(top, [record]);
  }
  const tree = share(buildTree(records, post, BYSTANDER, ViewerBlocks.none).map((node) => share(node)));
  const thread = { post: { authorId: post.authorId, isAnonymous: post.isAnonymous }, tree, groups };
  commonThreads.set(records, thread);
  return thread;
}

/**
 * The comment tree of a post as `viewer` sees it (hidden comments show to admins, `isMine` marks
 * the viewer's own, `blocks` hides what the viewer blocked). For members, only the groups (a
 * top-level comment with its replies) holding a comment of theirs or one they blocked differ from
 * what every member sees, and a group is arranged on its own: so the tree every member sees is
 * built once per list of records a cache shares, and a commenter's or blocker's shares every node
 * but theirs. Admins (who also see report counts) get their own whole.
 */
export function toCommentTree(
  records: readonly CommentRecord[],
  post: PostAuthorship,
  viewer: Actor,
  blocks: ViewerBlocks = ViewerBlocks.none,
  counts?: ReportCounts,
): CommentTreeDto {
  if (counts || isAdmin(viewer)) return buildTree(records, post, viewer, blocks, counts);
  // Only records a cache hands to every reader (frozen by it) are read again: a list read from the
  // database for this request alone would pay for sharing a tree that nobody else gets.
  if (!Object.isFrozen(records)) return buildTree(records, post, viewer, blocks);
  const thread = commonThreadOf(records, post);
  const touched = new Set<string>();
  for (const record of records)
    if (record.authorId === viewer.id || blocks.hidesComment(record))
      touched.add(record.parentId ?? record.id);
  if (touched.size === 0) return thread.tree;
  const tree: DeepReadonly<CommentDto>[] = [];
  for (const node of thread.tree) {
    if (!touched.has(node.id)) tree.push(node);
    else tree.push(...buildTree(thread.groups.get(node.id) ?? [], post, viewer, blocks));
  }
  return tree;
}

export function toPostDto(
  record: PostDetailRecord,
  comments: readonly CommentRecord[],
  viewer: Actor,
  blocks: ViewerBlocks = ViewerBlocks.none,
  counts?: ReportCounts,
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
    comments: toCommentTree(comments, record, viewer, blocks, counts),
    ...moderationOf('post', record, counts),
  };
}
