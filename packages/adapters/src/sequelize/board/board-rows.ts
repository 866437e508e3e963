import {
  Board,
  BoardId,
  Comment,
  CommentId,
  Post,
  PostId,
  SchoolId,
  UserId,
  type CommentRecord,
  type PostSummaryRecord,
} from '@campus/domain';
import { toBool, toTime, toTimeOrNull } from '../sql.js';

/* Rows of the board's tables as raw queries return them, and plain functions to and from the domain. */

type Time = Date | string;

export interface BoardRow {
  id: string;
  school_id: string;
  name: string;
  description: string;
  created_at: Time;
}

export interface PostRow {
  id: string;
  board_id: string;
  school_id: string;
  author_id: string;
  title: string;
  content: string;
  is_anonymous: number | boolean;
  is_question: number | boolean;
  like_count: number;
  comment_count: number;
  scrap_count: number;
  report_count: number;
  anonymous_sequence: number;
  hot_at: Time | null;
  hidden_at: Time | null;
  locked_at: Time | null;
  deleted_at: Time | null;
  created_at: Time;
  updated_at: Time;
}

export interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  author_id: string;
  content: string;
  is_anonymous: number | boolean;
  anonymous_number: number | null;
  like_count: number;
  report_count: number;
  hidden_at: Time | null;
  deleted_at: Time | null;
  created_at: Time;
  updated_at: Time;
}

export const boardFromRow = (row: BoardRow) =>
  Board.rehydrate({
    id: BoardId(row.id),
    schoolId: SchoolId(row.school_id),
    name: row.name,
    description: row.description,
    createdAt: toTime(row.created_at),
  });

export const postFromRow = (row: PostRow) =>
  Post.rehydrate({
    id: PostId(row.id),
    boardId: BoardId(row.board_id),
    schoolId: SchoolId(row.school_id),
    authorId: UserId(row.author_id),
    title: row.title,
    content: row.content,
    isAnonymous: toBool(row.is_anonymous),
    isQuestion: toBool(row.is_question),
    likeCount: Number(row.like_count),
    commentCount: Number(row.comment_count),
    scrapCount: Number(row.scrap_count),
    reportCount: Number(row.report_count),
    anonymousSequence: Number(row.anonymous_sequence),
    hotAt: toTimeOrNull(row.hot_at),
    hiddenAt: toTimeOrNull(row.hidden_at),
    lockedAt: toTimeOrNull(row.locked_at),
    deletedAt: toTimeOrNull(row.deleted_at),
    createdAt: toTime(row.created_at),
    updatedAt: toTime(row.updated_at),
  });

export const commentFromRow = (row: CommentRow) => Comment.rehydrate(commentState(row));

function commentState(row: CommentRow) {
  return {
    id: CommentId(row.id),
    postId: PostId(row.post_id),
    parentId: row.parent_id === null ? null : CommentId(row.parent_id),
    authorId: UserId(row.author_id),
    content: row.content,
    isAnonymous: toBool(row.is_anonymous),
    anonymousNumber: row.anonymous_number === null ? null : Number(row.anonymous_number),
    likeCount: Number(row.like_count),
    reportCount: Number(row.report_count),
    hiddenAt: toTimeOrNull(row.hidden_at),
    deletedAt: toTimeOrNull(row.deleted_at),
    createdAt: toTime(row.created_at),
    updatedAt: toTime(row.updated_at),
  };
}

export interface SummaryRow {
  id: string;
  board_id: string;
  author_id: string;
  author_nickname: string | null;
  is_anonymous: number | boolean;
  is_question: number | boolean;
  title: string;
  content_preview: string;
  like_count: number;
  comment_count: number;
  scrap_count: number;
  hot_at: Time | null;
  created_at: Time;
}

export const summaryFromRow = (row: SummaryRow): PostSummaryRecord => ({
  id: PostId(row.id),
  boardId: BoardId(row.board_id),
  authorId: UserId(row.author_id),
  authorNickname: toBool(row.is_anonymous) ? null : row.author_nickname,
  isAnonymous: toBool(row.is_anonymous),
  isQuestion: toBool(row.is_question),
  title: row.title,
  contentPreview: row.content_preview,
  likeCount: Number(row.like_count),
  commentCount: Number(row.comment_count),
  scrapCount: Number(row.scrap_count),
  hotAt: toTimeOrNull(row.hot_at),
  createdAt: toTime(row.created_at),
});

export const commentRecordFromRow = (row: CommentRow & { author_nickname: string | null }): CommentRecord => {
  const state = commentState(row);
  return {
    id: state.id,
    postId: state.postId,
    parentId: state.parentId,
    authorId: state.authorId,
    authorNickname: state.isAnonymous ? null : row.author_nickname,
    isAnonymous: state.isAnonymous,
    anonymousNumber: state.anonymousNumber,
    content: state.content,
    likeCount: state.likeCount,
    hiddenAt: state.hiddenAt,
    deletedAt: state.deletedAt,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
  };
};
