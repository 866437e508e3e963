/// <reference types="mocha" />
import { expect } from 'chai';
import {
  Board,
  BoardId,
  Comment,
  CommentId,
  Post,
  PostId,
  School,
  SchoolId,
  User,
  UserId,
  isDomainError,
  type AnonymousAliasRepository,
  type BoardRepository,
  type CommentLikeRepository,
  type CommentReportRepository,
  type CommentRepository,
  type NewComment,
  type NewPost,
  type PostLikeRepository,
  type PostQueries,
  type PostReportRepository,
  type PostRepository,
  type PostScrapRepository,
  type SchoolRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { AfterCommit } from '../../cache/after-commit.js';

/**
 * Everything the board contract suites need, on one store. Schools and users are created through
 * their own ports because a SQL store has foreign keys to them.
 */
export interface BoardPorts {
  boards: BoardRepository;
  posts: PostRepository;
  comments: CommentRepository;
  aliases: AnonymousAliasRepository;
  postLikes: PostLikeRepository;
  commentLikes: CommentLikeRepository;
  scraps: PostScrapRepository;
  postReports: PostReportRepository;
  commentReports: CommentReportRepository;
  queries: PostQueries;
  schools: SchoolRepository;
  users: UserRepository;
  uow: UnitOfWork & AfterCommit;
}

/** Called before every test; must return ports on an empty store. */
export type BoardPortsSetup = () => Promise<BoardPorts>;

export const BASE_TIME = Date.parse('2025-03-01T00:00:00.000Z');
export const at = (minutes: number): Date => new Date(BASE_TIME + minutes * 60_000);

/** Builds rows through the ports, with UUID-shaped, time-ordered ids that any id column accepts. */
export class BoardWorld {
  private n = 0;

  constructor(readonly ports: BoardPorts) {}

  id(): string {
    this.n += 1;
    return `0190a000-0000-7000-8000-${this.n.toString(16).padStart(12, '0')}`;
  }

  async school(name = `School ${this.n + 1}`): Promise<School> {
    const school = School.create({ id: SchoolId(this.id()), name });
    await this.ports.schools.save(school);
    return school;
  }

  async user(nickname: string, schoolId: SchoolId): Promise<User> {
    const id = UserId(this.id());
    const handle = `user_${this.n}`;
    const user = User.create(
      {
        id,
        username: handle,
        email: `${handle}@example.com`,
        nickname,
        schoolId,
        departmentId: null,
        passwordHash: 'x',
      },
      at(0),
    );
    await this.ports.users.add(user);
    return user;
  }

  async board(schoolId: SchoolId, name = `Board ${this.n + 1}`, createdAt = at(0)): Promise<Board> {
    const board = Board.create({ id: BoardId(this.id()), schoolId, name, description: '' }, createdAt);
    await this.ports.boards.save(board);
    return board;
  }

  async post(board: Board, author: User, input: Partial<NewPost> = {}, createdAt = at(1)): Promise<Post> {
    const post = Post.create(
      {
        id: PostId(this.id()),
        boardId: board.id,
        schoolId: board.schoolId,
        authorId: author.id,
        title: 'A title',
        content: 'Some content',
        isAnonymous: false,
        isQuestion: false,
        ...input,
      },
      createdAt,
    );
    await this.ports.posts.save(post);
    return post;
  }

  /** A comment by `author` on `post`, built but not stored. */
  newComment(
    post: Post,
    author: User,
    input: Partial<NewComment> = {},
    parent: Comment | null = null,
    createdAt = at(2),
  ): Comment {
    return Comment.create(
      {
        id: CommentId(this.id()),
        postId: post.id,
        authorId: author.id,
        content: 'A comment',
        isAnonymous: false,
        anonymousNumber: null,
        ...input,
      },
      parent,
      createdAt,
    );
  }

  async comment(
    post: Post,
    author: User,
    input: Partial<NewComment> = {},
    parent: Comment | null = null,
    createdAt = at(2),
  ): Promise<Comment> {
    const comment = this.newComment(post, author, input, parent, createdAt);
    await this.ports.comments.add(comment);
    return comment;
  }

  /** A school with a board and three members: the usual stage of a test. */
  async stage(): Promise<{ school: School; board: Board; alice: User; bob: User; carol: User }> {
    const school = await this.school();
    const board = await this.board(school.id, 'Free');
    const [alice, bob, carol] = [
      await this.user('Alice', school.id),
      await this.user('Bob', school.id),
      await this.user('Carol', school.id),
    ];
    return { school, board, alice, bob, carol };
  }
}

/** Awaits `promise` and fails unless it rejects with a domain error of `code`. */
export async function expectRejection(promise: Promise<unknown>, code: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(isDomainError(error), String(error)).to.equal(true);
    expect((error as { code: string }).code).to.equal(code);
    return;
  }
  expect.fail(`expected a rejection with ${code}`);
}

/** Runs `tasks` at once and splits the outcomes. */
export async function concurrently<T>(
  tasks: (() => Promise<T>)[],
): Promise<{ values: T[]; errors: unknown[] }> {
  const settled = await Promise.allSettled(tasks.map((task) => task()));
  return {
    values: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])),
    errors: settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : [])),
  };
}
