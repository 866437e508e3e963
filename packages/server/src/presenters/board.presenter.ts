import { isoTime } from '@campus/adapters/system';
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

/** A comment tree as JSON, written once per tree that readers share. */
const threadJson = jsonWriterOf((tree: CommentTreeDto) => tree.map(presentComment));
const CLOSE = Buffer.from('}');

/** The comment tree alone (`GET /posts/{postId}/comments`). */
export function presentThread(tree: CommentTreeDto): JsonBody {
  return new JsonBody(Buffer.concat([threadJson(tree)]));
}

/** A post with its comment tree, written as JSON. */
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
  const start = Buffer.from(`${head.slice(0, -1)},"comments":`);
  return new JsonBody(Buffer.concat([start, threadJson(post.comments), CLOSE]));
}
