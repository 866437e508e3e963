import { expect } from 'chai';
import {
  PostId,
  SchoolId,
  UserId,
  BoardId,
  CommentId,
  type Actor,
  type DomainError,
} from '../../src/index.js';
import { Comment, type NewComment } from '../../src/board/comment.entity.js';
import { Post, type NewPost } from '../../src/board/post.entity.js';

export const T0 = new Date('2025-03-01T00:00:00.000Z');
export const T1 = new Date('2025-03-01T01:00:00.000Z');

export const SCHOOL = SchoolId('school-1');
export const OTHER_SCHOOL = SchoolId('school-2');

export function member(id: string, schoolId = SCHOOL): Actor {
  return { id: UserId(id), role: 'user', schoolId };
}

export function admin(id = 'admin'): Actor {
  return { id: UserId(id), role: 'admin', schoolId: null };
}

export function aPost(overrides: Partial<NewPost> = {}): Post {
  return Post.create(
    {
      id: PostId('post-1'),
      boardId: BoardId('board-1'),
      schoolId: SCHOOL,
      authorId: UserId('author'),
      title: 'Title',
      content: 'Content',
      isAnonymous: true,
      isQuestion: false,
      ...overrides,
    },
    T0,
  );
}

export function aComment(overrides: Partial<NewComment> = {}, parent: Comment | null = null): Comment {
  return Comment.create(
    {
      id: CommentId('comment-1'),
      postId: PostId('post-1'),
      authorId: UserId('commenter'),
      content: 'Nice',
      isAnonymous: true,
      anonymousNumber: 1,
      ...overrides,
    },
    parent,
    T0,
  );
}

/** Fails unless `action` throws an error of `type` with `code`. */
export function expectThrows(
  action: () => unknown,
  type: abstract new (...args: never[]) => DomainError,
  code: string,
): void {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(type);
    expect((error as DomainError).code).to.equal(code);
    return;
  }
  expect.fail(`expected ${code} to be thrown`);
}
