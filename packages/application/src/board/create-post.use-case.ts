import {
  BoardId,
  BoardNotFound,
  Post,
  PostId,
  assertBoardMember,
  type Actor,
  type BoardRepository,
  type Clock,
  type IdGenerator,
  type PostRepository,
  type UserRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { toPostDto, type PostDto } from './board.dto.js';

export interface CreatePostInput {
  actor: Actor;
  boardId: string;
  title: string;
  content: string;
  /** Default true. */
  isAnonymous?: boolean | undefined;
  /** Default false. */
  isQuestion?: boolean | undefined;
}

export class CreatePost {
  constructor(
    private readonly boards: BoardRepository,
    private readonly posts: PostRepository,
    private readonly users: UserRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
  ) {}

  /** @throws TooFast, BoardNotFound, NotSchoolMember, ValidationFailed */
  execute(input: CreatePostInput): Promise<PostDto> {
    return this.guard.run(input.actor.id, 'post', () => this.write(input));
  }

  private async write(input: CreatePostInput): Promise<PostDto> {
    const { actor } = input;
    const board = await this.boards.findById(BoardId(input.boardId));
    if (!board) throw new BoardNotFound();
    assertBoardMember(actor, board.schoolId);
    const post = Post.create(
      {
        id: PostId(this.ids.next()),
        boardId: board.id,
        schoolId: board.schoolId,
        authorId: actor.id,
        title: input.title,
        content: input.content,
        isAnonymous: input.isAnonymous ?? true,
        isQuestion: input.isQuestion ?? false,
      },
      this.clock.now(),
    );
    // Everything the answer needs is read before the write and the rest is what was written, so
    // a database that fails once the post is committed cannot turn the create into an error.
    const s = post.snapshot();
    const authorNickname = s.isAnonymous ? null : ((await this.users.findById(actor.id))?.nickname ?? null);
    await this.posts.save(post);
    const viewer = { liked: false, scrapped: false, reported: false };
    return toPostDto({ ...s, authorNickname, boardName: board.name, viewer }, [], actor);
  }
}
