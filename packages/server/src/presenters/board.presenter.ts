import { isoTime } from '@campus/adapters/system';
import { isShared } from '@campus/application';
import type {
  AuthorDto,
  BoardDto,
  CommentDto,
  CommentTreeDto,
  DeepReadonly,
  ModerationDto,
  PostDto,
  PostSummaryDto,
} from '@campus/application';
import { JsonBody } from '../http/json-body.js';
import { jsonWriterOf } from './shared-json.js';

/*
 * Anonymity is decided in the use cases; these presenters make sure nothing else slips out: each
 * names every field it sends, so a field added to a DTO stays server-side until listed here.
 */

export function presentAuthor(author: DeepReadonly<AuthorDto>) {
  return {
    id: author.isAnonymous ? null : author.id,
    displayName: author.displayName,
    isAnonymous: author.isAnonymous,
    isPostAuthor: author.isPostAuthor,
  };
}

export function presentBoard(board: BoardDto) {
  return { id: board.id, name: board.name, description: board.description };
}

export function presentSummary(post: DeepReadonly<PostSummaryDto>) {
  return {
    id: post.id,
    boardId: post.boardId,
    title: post.title,
    contentPreview: post.contentPreview,
    author: presentAuthor(post.author),
    isQuestion: post.isQuestion,
    likeCount: post.likeCount,
    commentCount: post.commentCount,
    scrapCount: post.scrapCount,
    isHot: post.isHot,
    createdAt: isoTime(post.createdAt),
  };
}

export interface CommentBody {
  id: string;
  postId: string;
  parentId: string | null;
  content: string | null;
  author: ReturnType<typeof presentAuthor> | null;
  likeCount: number;
  isDeleted: boolean;
  isBlocked: boolean;
  isMine: boolean;
  createdAt: string;
  updatedAt: string;
  replies?: CommentBody[];
  moderation?: ReturnType<typeof presentModeration>;
}

/** Present only when the use case put it there, which it does for admins alone. */
export function presentModeration(moderation: ModerationDto) {
  return { hidden: moderation.hidden, reportCount: moderation.reportCount };
}

export function presentComment(comment: DeepReadonly<CommentDto>): CommentBody {
  return {
    id: comment.id,
    postId: comment.postId,
    parentId: comment.parentId,
    content: comment.isDeleted || comment.isBlocked ? null : comment.content,
    author: comment.isDeleted || comment.isBlocked || !comment.author ? null : presentAuthor(comment.author),
    likeCount: comment.likeCount,
    isDeleted: comment.isDeleted,
    isBlocked: comment.isBlocked,
    isMine: comment.isMine,
    createdAt: isoTime(comment.createdAt),
    updatedAt: isoTime(comment.updatedAt),
    ...(comment.replies ? { replies: comment.replies.map(presentComment) } : {}),
    ...(comment.moderation ? { moderation: presentModeration(comment.moderation) } : {}),
  };
}

/** A comment tree, or one of its top-level comments, as JSON: written once per one readers share. */
const treeJson = jsonWriterOf((tree: CommentTreeDto) => tree.map(presentComment));
const nodeJson = jsonWriterOf(presentComment);
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE_LIST = Buffer.from(']');
const CLOSE = Buffer.from('}');

/**
 * The tree as JSON, in parts to put together. A tree that readers share is written once; a
 * commenter's or blocker's shares every top-level node but those holding their comments (see
 * `toCommentTree`), so it is put together from each node's bytes; a tree read for this request
 * alone is written whole.
 */
function threadParts(tree: CommentTreeDto): Buffer[] {
  if (isShared(tree) || !tree.some((node) => isShared(node))) return [treeJson(tree)];
  const parts: Buffer[] = [OPEN];
  tree.forEach((node, i) => parts.push(...(i === 0 ? [] : [COMMA]), nodeJson(node)));
  parts.push(CLOSE_LIST);
  return parts;
}

/** The comment tree alone (`GET /posts/{postId}/comments`). */
export function presentThread(tree: CommentTreeDto): JsonBody {
  const parts = threadParts(tree);
  return new JsonBody(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
}

/**
 * Whole bodies kept per shared tree, by the post's fields before it: most readers of a post see
 * the same fields (their flags alike), so most requests send bytes already made instead of
 * copying the tree's 20-odd kB into a new buffer. Two cover the readers with and without flags.
 */
const keptBodies = new WeakMap<CommentTreeDto, Map<string, Buffer>>();
const BODIES_PER_TREE = 2;

/** A post with its comment tree, written as JSON with the tree last. */
export function presentPost(post: PostDto): JsonBody {
  const head = JSON.stringify({
    id: post.id,
    boardId: post.boardId,
    board: { id: post.board.id, name: post.board.name },
    title: post.title,
    content: post.content,
    author: presentAuthor(post.author),
    isQuestion: post.isQuestion,
    likeCount: post.likeCount,
    commentCount: post.commentCount,
    scrapCount: post.scrapCount,
    isHot: post.isHot,
    createdAt: isoTime(post.createdAt),
    updatedAt: isoTime(post.updatedAt),
    viewer: {
      isAuthor: post.viewer.isAuthor,
      liked: post.viewer.liked,
      scrapped: post.viewer.scrapped,
      reported: post.viewer.reported,
    },
    ...(post.moderation ? { moderation: presentModeration(post.moderation) } : {}),
  });
  const opening = `${head.slice(0, -1)},"comments":`;
  const write = () => Buffer.concat([Buffer.from(opening), ...threadParts(post.comments), CLOSE]);
  if (!isShared(post.comments)) return new JsonBody(write());
  let bodies = keptBodies.get(post.comments);
  if (bodies === undefined) keptBodies.set(post.comments, (bodies = new Map<string, Buffer>()));
  let bytes = bodies.get(opening);
  if (bytes === undefined) {
    if (bodies.size >= BODIES_PER_TREE) bodies.clear();
    bodies.set(opening, (bytes = write()));
  }
  return new JsonBody(bytes);
}
