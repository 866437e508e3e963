import { isoTime } from '@campus/domain';
import type { AuthorDto, BoardDto, CommentDto, PostDto, PostSummaryDto } from '@campus/application';
import { JsonBody, jsonOnce } from '../http/json-body.js';

/*
 * Anonymity is decided in the use cases; these presenters make sure nothing else slips out: each
 * names every field it sends, so a field added to a DTO stays server-side until listed here.
 */

export function presentAuthor(author: AuthorDto) {
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

export function presentSummary(post: PostSummaryDto) {
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
  isMine: boolean;
  createdAt: string;
  updatedAt: string;
  replies?: CommentBody[];
}

export function presentComment(comment: CommentDto): CommentBody {
  return {
    id: comment.id,
    postId: comment.postId,
    parentId: comment.parentId,
    content: comment.isDeleted ? null : comment.content,
    author: comment.isDeleted || !comment.author ? null : presentAuthor(comment.author),
    likeCount: comment.likeCount,
    isDeleted: comment.isDeleted,
    isMine: comment.isMine,
    createdAt: isoTime(comment.createdAt),
    updatedAt: isoTime(comment.updatedAt),
    ...(comment.replies ? { replies: comment.replies.map(presentComment) } : {}),
  };
}

const writtenTrees = new WeakMap<readonly CommentDto[], Buffer>();
const writtenComments = new WeakMap<CommentDto, Buffer>();
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE_LIST = Buffer.from(']');
const CLOSE = Buffer.from('}');

/**
 * The tree as JSON: a shared (frozen) tree is written once; a viewer's own tree shares all its
 * nodes but those holding their comments, so it is put together from each node's bytes. A tree
 * read straight from the store shares nothing and is written whole.
 */
function commentTreeJson(tree: readonly CommentDto[]): Buffer {
  const write = (t: readonly CommentDto[]) => JSON.stringify(t.map(presentComment));
  if (Object.isFrozen(tree) || !tree.some((node) => Object.isFrozen(node)))
    return jsonOnce(writtenTrees, tree, write);
  const parts: Buffer[] = [OPEN];
  tree.forEach((node, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(jsonOnce(writtenComments, node, (n) => JSON.stringify(presentComment(n))));
  });
  parts.push(CLOSE_LIST);
  return Buffer.concat(parts);
}

/** Whole bodies kept per shared tree, by their opening; two cover the viewers with and without flags. */
const writtenPosts = new WeakMap<readonly CommentDto[], Map<string, Buffer>>();
const BODIES_PER_TREE = 2;

/**
 * A post with its comment tree, written as JSON with the tree last. The post's own fields, which
 * carry the viewer's flags, are written per request. Around a shared (frozen) tree the whole body
 * is kept for the opening it was put together with: most readers of a post have the same flags,
 * so most requests send bytes already made instead of copying 20-odd kB into a new buffer.
 */
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
  });
  const opening = `${head.slice(0, -1)},"comments":`;
  const write = () => Buffer.concat([Buffer.from(opening), commentTreeJson(post.comments), CLOSE]);
  if (!Object.isFrozen(post.comments)) return new JsonBody(write());
  let bodies = writtenPosts.get(post.comments);
  if (bodies === undefined) writtenPosts.set(post.comments, (bodies = new Map<string, Buffer>()));
  let bytes = bodies.get(opening);
  if (bytes === undefined) {
    if (bodies.size >= BODIES_PER_TREE) bodies.clear();
    bodies.set(opening, (bytes = write()));
  }
  return new JsonBody(bytes);
}
