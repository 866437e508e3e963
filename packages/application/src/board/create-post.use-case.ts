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
  type PostQueries,
  type PostRepository,
} from '@campus/domain';
import { readPost } from './board-lookups.js';
import type { PostDto } from './board.dto.js';

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
    private readonly queries: PostQueries,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** @throws BoardNotFound, NotSchoolMember, ValidationFailed */
  async execute(input: CreatePostInput): Promise<PostDto> {
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
    await this.posts.save(post);
    return readPost(this.queries, actor, post.id);
  }
}
