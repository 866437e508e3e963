import {
  previewOf,
  type CommentRecord,
  type CommentState,
  type Keyset,
  type PostState,
  type PostSummaryRecord,
  type UserId,
  type UserRepository,
} from '@campus/domain';
import { clone } from './board-tables.js';

/** Nicknames of the named authors only: an anonymous author's account is never even looked up. */
export async function nicknamesOf(
  users: UserRepository,
  rows: readonly { authorId: UserId; isAnonymous: boolean }[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.filter((row) => !row.isAnonymous).map((row) => row.authorId))];
  if (ids.length === 0) return new Map();
  const found = await users.findManyByIds(ids);
  return new Map(found.map((user) => [user.id, user.nickname]));
}

export function nicknameFor(
  row: { authorId: UserId; isAnonymous: boolean },
  names: Map<string, string>,
): string | null {
  return row.isAnonymous ? null : (names.get(row.authorId) ?? null);
}

export function toSummaryRecord(row: PostState, names: Map<string, string>): PostSummaryRecord {
  return {
    id: row.id,
    boardId: row.boardId,
    authorId: row.authorId,
    authorNickname: nicknameFor(row, names),
    isAnonymous: row.isAnonymous,
    isQuestion: row.isQuestion,
    title: row.title,
    contentPreview: previewOf(row.content),
    likeCount: row.likeCount,
    commentCount: row.commentCount,
    scrapCount: row.scrapCount,
    hotAt: row.hotAt ? new Date(row.hotAt) : null,
    createdAt: new Date(row.createdAt),
  };
}

export function toCommentRecord(row: CommentState, names: Map<string, string>): CommentRecord {
  const copy = clone(row);
  return {
    id: copy.id,
    postId: copy.postId,
    parentId: copy.parentId,
    authorId: copy.authorId,
    authorNickname: nicknameFor(copy, names),
    isAnonymous: copy.isAnonymous,
    anonymousNumber: copy.anonymousNumber,
    content: copy.content,
    likeCount: copy.likeCount,
    hiddenAt: copy.hiddenAt,
    deletedAt: copy.deletedAt,
    createdAt: copy.createdAt,
    updatedAt: copy.updatedAt,
  };
}

/** A row of a keyset list: its sort value and the post it shows. */
export interface Ranked {
  value: number;
  post: PostState;
}

/** Descending by (value, id), strictly after the keyset, like `ORDER BY v DESC, id DESC` in SQL. */
export function descendingAfter(rows: Ranked[], after: Keyset | null): Ranked[] {
  return rows
    .filter(
      ({ value, post }) => !after || value < after.value || (value === after.value && post.id < after.id),
    )
    .sort((a, b) => b.value - a.value || (a.post.id < b.post.id ? 1 : a.post.id > b.post.id ? -1 : 0));
}

/** Case-insensitive, literal substring match on title or content (SQL: LIKE with escaped % and _). */
export function matches(post: PostState, q: string): boolean {
  const needle = q.toLowerCase();
  return post.title.toLowerCase().includes(needle) || post.content.toLowerCase().includes(needle);
}
