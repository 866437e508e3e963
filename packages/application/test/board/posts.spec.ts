import { expect } from 'chai';
import type { Actor } from '@campus/domain';
import { BoardTestBed, FIRST_PAGE, expectRejection } from './support.js';

describe('board use cases: posts', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  beforeEach(async () => {
    bed = new BoardTestBed();
    s = await bed.stage();
  });

  const write = (actor: Actor, extra: { isAnonymous?: boolean; isQuestion?: boolean } = {}) =>
    bed.use.createPost.execute({ actor, boardId: s.boardId, title: 'Title', content: 'Content', ...extra });

  describe('CreatePost', () => {
    it('given a member, when posting with defaults, then an anonymous non-question Post comes back', async () => {
      const post = await write(s.alice);
      expect(post).to.deep.include({
        boardId: s.boardId,
        board: { id: s.boardId, name: 'Free' },
        title: 'Title',
        content: 'Content',
        isQuestion: false,
        likeCount: 0,
        commentCount: 0,
        scrapCount: 0,
        isHot: false,
        comments: [],
      });
      expect(post.author).to.deep.equal({
        id: null,
        displayName: '익명',
        isAnonymous: true,
        isPostAuthor: true,
      });
      expect(post.viewer).to.deep.equal({ isAuthor: true, liked: false, scrapped: false, reported: false });
      expect(post.createdAt).to.be.instanceOf(Date);
      expect(post.updatedAt.getTime()).to.equal(post.createdAt.getTime());
    });

    it('given a Post and its Comment, then they carry exactly the fields of the API', async () => {
      const { id } = await write(s.alice);
      await bed.use.createComment.execute({ actor: s.bob, postId: id, content: 'Hi' });
      const post = await bed.use.getPost.execute({ actor: s.bob, postId: id });
      expect(Object.keys(post).sort()).to.deep.equal(
        'author board boardId commentCount comments content createdAt id isHot isQuestion likeCount scrapCount title updatedAt viewer'
          .split(' ')
          .sort(),
      );
      expect(Object.keys(post.comments[0]!).sort()).to.deep.equal(
        'author content createdAt id isBlocked isDeleted isMine likeCount parentId postId replies updatedAt'
          .split(' ')
          .sort(),
      );
    });

    it('given isAnonymous false, when posting, then the author shows with nickname and id', async () => {
      const post = await write(s.alice, { isAnonymous: false, isQuestion: true });
      expect(post.author).to.deep.equal({
        id: s.alice.id,
        displayName: 'Alice',
        isAnonymous: false,
        isPostAuthor: true,
      });
      expect(post.isQuestion).to.equal(true);
    });

    it('given an unknown board, when posting, then BOARD_NOT_FOUND', async () => {
      await expectRejection(
        bed.use.createPost.execute({ actor: s.alice, boardId: 'nope', title: 'T', content: 'C' }),
        'BOARD_NOT_FOUND',
      );
    });

    it('given a board of another school, when posting, then NOT_SCHOOL_MEMBER', async () => {
      await expectRejection(write(s.outsider), 'NOT_SCHOOL_MEMBER');
    });

    it('given a 101-character title, when posting, then VALIDATION_FAILED and nothing is written', async () => {
      await expectRejection(
        bed.use.createPost.execute({
          actor: s.alice,
          boardId: s.boardId,
          title: 'x'.repeat(101),
          content: 'C',
        }),
        'VALIDATION_FAILED',
      );
      const page = await bed.use.listBoardPosts.execute({
        actor: s.alice,
        boardId: s.boardId,
        page: FIRST_PAGE,
      });
      expect(page.items).to.deep.equal([]);
    });
  });

  describe('GetPost', () => {
    it('given a post, when another member reads it, then viewer.isAuthor is false', async () => {
      const { id } = await write(s.alice);
      const post = await bed.use.getPost.execute({ actor: s.bob, postId: id });
      expect(post.viewer.isAuthor).to.equal(false);
    });

    it('given no such post, when read, then POST_NOT_FOUND', async () => {
      await expectRejection(bed.use.getPost.execute({ actor: s.alice, postId: 'nope' }), 'POST_NOT_FOUND');
    });

    it('given a post of another school, when an outsider reads it, then NOT_SCHOOL_MEMBER; an admin may', async () => {
      const { id } = await write(s.alice);
      await expectRejection(bed.use.getPost.execute({ actor: s.outsider, postId: id }), 'NOT_SCHOOL_MEMBER');
      expect((await bed.use.getPost.execute({ actor: s.admin, postId: id })).id).to.equal(id);
    });
  });

  describe('UpdatePost', () => {
    it('given the author, when editing, then the Post comes back changed', async () => {
      const { id } = await write(s.alice);
      const post = await bed.use.updatePost.execute({ actor: s.alice, postId: id, title: 'New' });
      expect(post).to.deep.include({ title: 'New', content: 'Content' });
      expect(post.updatedAt.getTime()).to.be.greaterThan(post.createdAt.getTime());
    });

    it('given someone else or an admin, when editing, then NOT_AUTHOR', async () => {
      const { id } = await write(s.alice);
      await expectRejection(
        bed.use.updatePost.execute({ actor: s.bob, postId: id, title: 'X' }),
        'NOT_AUTHOR',
      );
      await expectRejection(
        bed.use.updatePost.execute({ actor: s.admin, postId: id, title: 'X' }),
        'NOT_AUTHOR',
      );
    });

    it('given a question with a comment by someone else, when its author edits, then QUESTION_LOCKED', async () => {
      const { id } = await write(s.alice, { isQuestion: true });
      await bed.use.createComment.execute({ actor: s.bob, postId: id, content: 'Answer' });
      await expectRejection(
        bed.use.updatePost.execute({ actor: s.alice, postId: id, title: 'X' }),
        'QUESTION_LOCKED',
      );
    });

    it('given a question with only its author commenting, when the author edits, then it works', async () => {
      const { id } = await write(s.alice, { isQuestion: true });
      await bed.use.createComment.execute({ actor: s.alice, postId: id, content: 'More detail' });
      expect(
        (await bed.use.updatePost.execute({ actor: s.alice, postId: id, content: 'Edited' })).content,
      ).to.equal('Edited');
    });

    it('given a question whose only answer was deleted, when its author edits, then it stays locked', async () => {
      const { id } = await write(s.alice, { isQuestion: true });
      const answer = await bed.use.createComment.execute({ actor: s.bob, postId: id, content: 'Answer' });
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: answer.id });
      await expectRejection(
        bed.use.updatePost.execute({ actor: s.alice, postId: id, title: 'X' }),
        'QUESTION_LOCKED',
      );
    });
  });

  describe('DeletePost', () => {
    it('given the author, when deleting, then the post is gone from reads and lists', async () => {
      const { id } = await write(s.alice);
      await bed.use.deletePost.execute({ actor: s.alice, postId: id });
      await expectRejection(bed.use.getPost.execute({ actor: s.alice, postId: id }), 'POST_NOT_FOUND');
      await expectRejection(bed.use.getPost.execute({ actor: s.admin, postId: id }), 'POST_NOT_FOUND');
      const board = await bed.use.listBoardPosts.execute({
        actor: s.alice,
        boardId: s.boardId,
        page: FIRST_PAGE,
      });
      const mine = await bed.use.listMyPosts.execute({ actor: s.alice, page: FIRST_PAGE });
      expect([...board.items, ...mine.items]).to.deep.equal([]);
    });

    it('given a deleted post, when deleted again, then POST_NOT_FOUND', async () => {
      const { id } = await write(s.alice);
      await bed.use.deletePost.execute({ actor: s.alice, postId: id });
      await expectRejection(bed.use.deletePost.execute({ actor: s.alice, postId: id }), 'POST_NOT_FOUND');
    });

    it('given someone else, when deleting, then NOT_AUTHOR; given an admin, then deleted', async () => {
      const { id } = await write(s.alice);
      await expectRejection(bed.use.deletePost.execute({ actor: s.bob, postId: id }), 'NOT_AUTHOR');
      await bed.use.deletePost.execute({ actor: s.admin, postId: id });
      await expectRejection(bed.use.getPost.execute({ actor: s.bob, postId: id }), 'POST_NOT_FOUND');
    });

    it('given a locked question, when its author deletes, then QUESTION_LOCKED; an admin still can', async () => {
      const { id } = await write(s.alice, { isQuestion: true });
      await bed.use.createComment.execute({ actor: s.bob, postId: id, content: 'Answer' });
      await expectRejection(bed.use.deletePost.execute({ actor: s.alice, postId: id }), 'QUESTION_LOCKED');
      await bed.use.deletePost.execute({ actor: s.admin, postId: id });
      await expectRejection(bed.use.getPost.execute({ actor: s.alice, postId: id }), 'POST_NOT_FOUND');
    });

    /** Runs `meanwhile` right after the first read of `method`, which then answers what it read before. */
    const interleave = <K extends 'findById' | 'findForCommenter'>(
      method: K,
      meanwhile: () => Promise<unknown>,
    ) => {
      const posts = bed.ports.posts as unknown as Record<K, (...args: unknown[]) => Promise<unknown>>;
      const original = posts[method].bind(posts);
      let first = true;
      posts[method] = async (...args: unknown[]) => {
        const read = await original(...args);
        if (first) {
          first = false;
          await meanwhile();
        }
        return read;
      };
    };

    it("given an answer landing between the author's read and write, when deleting or editing, then QUESTION_LOCKED", async () => {
      for (const change of ['delete', 'edit'] as const) {
        const { id } = await write(s.alice, { isQuestion: true });
        interleave('findById', () =>
          bed.use.createComment.execute({ actor: s.bob, postId: id, content: 'Answer' }),
        );
        const changing =
          change === 'delete'
            ? bed.use.deletePost.execute({ actor: s.alice, postId: id })
            : bed.use.updatePost.execute({ actor: s.alice, postId: id, title: 'Changed after the answer' });
        await expectRejection(changing, 'QUESTION_LOCKED');
        const post = await bed.use.getPost.execute({ actor: s.bob, postId: id });
        expect(post.title, change).to.equal('Title');
        expect(post.comments.map((c) => c.content)).to.deep.equal(['Answer']);
      }
    });

    it("given a deletion landing between a commenter's read and write, when commenting, then POST_NOT_FOUND and nothing stays", async () => {
      const { id } = await write(s.alice);
      interleave('findForCommenter', () => bed.use.deletePost.execute({ actor: s.alice, postId: id }));
      await expectRejection(
        bed.use.createComment.execute({ actor: s.bob, postId: id, content: 'Too late' }),
        'POST_NOT_FOUND',
      );
      expect((await bed.use.listMyCommented.execute({ actor: s.bob, page: FIRST_PAGE })).items).to.deep.equal(
        [],
      );
      const stored = await bed.ports.posts.findById(id as never);
      expect(stored?.commentCount).to.equal(0);
      expect(stored?.snapshot().anonymousSequence).to.equal(0);
    });

    it('given a deleted post, when commenting, liking or scrapping, then POST_NOT_FOUND', async () => {
      const { id } = await write(s.alice);
      await bed.use.deletePost.execute({ actor: s.alice, postId: id });
      await expectRejection(
        bed.use.createComment.execute({ actor: s.bob, postId: id, content: 'Hi' }),
        'POST_NOT_FOUND',
      );
      await expectRejection(bed.use.likePost.execute({ actor: s.bob, postId: id }), 'POST_NOT_FOUND');
      await expectRejection(bed.use.scrapPost.execute({ actor: s.bob, postId: id }), 'POST_NOT_FOUND');
    });
  });
});
