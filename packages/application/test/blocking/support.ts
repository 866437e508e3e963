import type { Actor } from '@campus/domain';
import {
  BlockCommentAuthor,
  BlockPostAuthor,
  BlockUser,
  ListMyBlocks,
  Unblock,
  type WriteGuard,
} from '../../src/index.js';
import { BoardTestBed, FIRST_PAGE } from '../board/support.js';
import { unlimited } from '../support/write-guards.js';

/** The board's test bed with the blocking use cases on the same stores. */
export class BlockingBed extends BoardTestBed {
  readonly block;

  constructor(guard?: WriteGuard) {
    super();
    const { posts, comments, blocks } = this.ports;
    const g = guard ?? unlimited(this.clock);
    this.block = {
      post: new BlockPostAuthor(posts, this.users, blocks, this.ids, this.clock, g),
      comment: new BlockCommentAuthor(posts, comments, this.users, blocks, this.ids, this.clock, g),
      user: new BlockUser(this.users, blocks, this.ids, this.clock, g),
      list: new ListMyBlocks(blocks),
      unblock: new Unblock(blocks),
    };
  }

  /** A post by `actor` (anonymous unless said otherwise); its id. */
  async post(actor: Actor, boardId: string, isAnonymous = true, title = 'A post'): Promise<string> {
    const post = await this.use.createPost.execute({ actor, boardId, title, content: 'Body', isAnonymous });
    return post.id;
  }

  /** A comment by `actor` (anonymous unless said otherwise); its id. */
  async comment(actor: Actor, postId: string, isAnonymous = true, parentId: string | null = null) {
    const made = await this.use.createComment.execute({
      actor,
      postId,
      content: `by ${actor.id}`,
      isAnonymous,
      parentId,
    });
    return made.id;
  }

  async boardTitles(viewer: Actor, boardId: string): Promise<string[]> {
    const page = await this.use.listBoardPosts.execute({ actor: viewer, boardId, page: FIRST_PAGE });
    return page.items.map((p) => p.title);
  }

  /** Every comment and reply of the thread as `viewer` sees it, flattened, oldest first. */
  async thread(viewer: Actor, postId: string) {
    const tree = await this.use.listComments.execute({ actor: viewer, postId });
    return tree.flatMap((c) => [c, ...(c.replies ?? [])]);
  }
}
