import { expect } from 'chai';
import type { Actor } from '@campus/domain';
import type { CommentTreeDto } from '../../src/index.js';
import { BoardTestBed, expectRejection } from './support.js';

describe('board use cases: comments', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  let postId: string;
  beforeEach(async () => {
    bed = new BoardTestBed();
    s = await bed.stage();
    postId = (
      await bed.use.createPost.execute({ actor: s.alice, boardId: s.boardId, title: 'T', content: 'C' })
    ).id;
  });

  const comment = (
    actor: Actor,
    extra: { parentId?: string; isAnonymous?: boolean; content?: string } = {},
  ) => bed.use.createComment.execute({ actor, postId, content: 'Hello', ...extra });
  const commentCount = async () => (await bed.use.getPost.execute({ actor: s.alice, postId })).commentCount;
  const shape = (tree: CommentTreeDto) =>
    tree.map((c) => ({
      content: c.content,
      deleted: c.isDeleted,
      replies: c.replies?.map((r) => r.content),
    }));

  describe('CreateComment', () => {
    it('given a member, when commenting with defaults, then an anonymous top-level Comment comes back', async () => {
      const created = await comment(s.bob);
      expect(created).to.deep.include({
        postId,
        parentId: null,
        content: 'Hello',
        likeCount: 0,
        isDeleted: false,
        isMine: true,
        replies: [],
      });
      expect(created.author).to.deep.equal({
        id: null,
        displayName: '익명1',
        isAnonymous: true,
        isPostAuthor: false,
      });
      expect(await commentCount()).to.equal(1);
    });

    it('given named, anonymous and post-author comments and a reply, then each answer equals its later listing', async () => {
      const named = await comment(s.bob, { isAnonymous: false, content: 'named' });
      const anonymous = await comment(s.carol, { content: 'anonymous' });
      const byAuthor = await comment(s.alice, { content: 'by the author' });
      const reply = await comment(s.bob, { parentId: anonymous.id, isAnonymous: false });
      expect(named.author).to.deep.include({ displayName: 'Bob', isAnonymous: false });
      expect(byAuthor.author).to.deep.include({ isPostAuthor: true });

      const asListed = async (actor: Actor) =>
        (await bed.use.listComments.execute({ actor, postId })).flatMap((c) => [c, ...(c.replies ?? [])]);
      const forBob = await asListed(s.bob);
      expect(named).to.deep.equal(forBob.find((c) => c.id === named.id));
      expect(reply).to.deep.equal(forBob.find((c) => c.id === reply.id));
      expect(anonymous).to.deep.equal({
        ...(await asListed(s.carol)).find((c) => c.id === anonymous.id),
        replies: [],
      });
      expect(byAuthor).to.deep.equal((await asListed(s.alice)).find((c) => c.id === byAuthor.id));
    });

    it('given a live top-level comment, when replying, then the reply has parentId and no replies field', async () => {
      const parent = await comment(s.bob);
      const reply = await comment(s.carol, { parentId: parent.id });
      expect(reply.parentId).to.equal(parent.id);
      expect(reply).not.to.have.property('replies');
      const tree = await bed.use.listComments.execute({ actor: s.alice, postId });
      expect(tree[0]!.replies!.map((r) => r.id)).to.deep.equal([reply.id]);
    });

    it('given a parent that is a reply, deleted, unknown or of another post, when replying, then INVALID_PARENT', async () => {
      const parent = await comment(s.bob);
      const reply = await comment(s.carol, { parentId: parent.id });
      const deleted = await comment(s.bob);
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: deleted.id });
      const other = await bed.use.createPost.execute({
        actor: s.alice,
        boardId: s.boardId,
        title: 'T',
        content: 'C',
      });
      const foreign = await bed.use.createComment.execute({ actor: s.bob, postId: other.id, content: 'x' });
      for (const parentId of [reply.id, deleted.id, 'nope', foreign.id]) {
        await expectRejection(comment(s.dave, { parentId }), 'INVALID_PARENT');
      }
      expect(await commentCount()).to.equal(2);
    });

    it('given a rejected reply, then no anonymous number was used up', async () => {
      await expectRejection(comment(s.dave, { parentId: 'nope' }), 'INVALID_PARENT');
      expect((await comment(s.dave)).author!.displayName).to.equal('익명1');
    });

    it('given 301 characters, when commenting, then VALIDATION_FAILED', async () => {
      await expectRejection(comment(s.bob, { content: 'x'.repeat(301) }), 'VALIDATION_FAILED');
    });

    it('given a post of another school, when an outsider comments, then NOT_SCHOOL_MEMBER', async () => {
      await expectRejection(comment(s.outsider), 'NOT_SCHOOL_MEMBER');
    });
  });

  describe('UpdateComment', () => {
    it('given the author, when editing, then the Comment comes back changed', async () => {
      const { id } = await comment(s.bob);
      const edited = await bed.use.updateComment.execute({ actor: s.bob, commentId: id, content: 'Edited' });
      expect(edited).to.deep.include({ id, content: 'Edited', isMine: true });
    });

    it('given a top-level comment with a reply, when edited, then its replies come back too', async () => {
      const { id } = await comment(s.bob);
      await comment(s.carol, { parentId: id });
      const edited = await bed.use.updateComment.execute({ actor: s.bob, commentId: id, content: 'Edited' });
      expect(edited.replies).to.have.length(1);
    });

    it('given someone else or an admin, when editing, then NOT_AUTHOR', async () => {
      const { id } = await comment(s.bob);
      await expectRejection(
        bed.use.updateComment.execute({ actor: s.carol, commentId: id, content: 'x' }),
        'NOT_AUTHOR',
      );
      await expectRejection(
        bed.use.updateComment.execute({ actor: s.admin, commentId: id, content: 'x' }),
        'NOT_AUTHOR',
      );
    });

    it('given a deleted or unknown comment, when editing, then COMMENT_NOT_FOUND', async () => {
      const { id } = await comment(s.bob);
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: id });
      await expectRejection(
        bed.use.updateComment.execute({ actor: s.bob, commentId: id, content: 'x' }),
        'COMMENT_NOT_FOUND',
      );
      await expectRejection(
        bed.use.updateComment.execute({ actor: s.bob, commentId: 'nope', content: 'x' }),
        'COMMENT_NOT_FOUND',
      );
    });

    it('given a comment on a deleted post, when editing, then COMMENT_NOT_FOUND', async () => {
      const { id } = await comment(s.bob);
      await bed.use.deletePost.execute({ actor: s.alice, postId });
      await expectRejection(
        bed.use.updateComment.execute({ actor: s.bob, commentId: id, content: 'x' }),
        'COMMENT_NOT_FOUND',
      );
    });
  });

  describe('DeleteComment and the tree', () => {
    it('given four deletions of one comment at once, then one is done and the rest answer COMMENT_NOT_FOUND', async () => {
      const target = await comment(s.bob, { content: 'Once' });
      const settled = await Promise.allSettled(
        [1, 2, 3, 4].map(() => bed.use.deleteComment.execute({ actor: s.bob, commentId: target.id })),
      );
      expect(settled.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      for (const r of settled.filter((x) => x.status === 'rejected'))
        expect((r.reason as { code: string }).code).to.equal('COMMENT_NOT_FOUND');
      expect((await bed.ports.posts.findById(postId as never))?.commentCount).to.equal(0);
    });

    it('given a comment with a live reply, when deleted, then it stays as a placeholder with null content and author', async () => {
      const parent = await comment(s.bob, { content: 'Parent' });
      await comment(s.carol, { parentId: parent.id, content: 'Reply' });
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: parent.id });
      const [placeholder] = await bed.use.listComments.execute({ actor: s.bob, postId });
      expect(placeholder).to.deep.include({
        id: parent.id,
        isDeleted: true,
        content: null,
        author: null,
        isMine: false,
      });
      expect(placeholder!.replies!.map((r) => r.content)).to.deep.equal(['Reply']);
      expect(await commentCount()).to.equal(1);
    });

    it('given a comment without replies, when deleted, then it disappears', async () => {
      const gone = await comment(s.bob, { content: 'Gone' });
      await comment(s.carol, { content: 'Stays' });
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: gone.id });
      expect(shape(await bed.use.listComments.execute({ actor: s.alice, postId }))).to.deep.equal([
        { content: 'Stays', deleted: false, replies: [] },
      ]);
      expect(await commentCount()).to.equal(1);
    });

    it('given a placeholder whose last reply is deleted, when listed, then both disappear', async () => {
      const parent = await comment(s.bob);
      const reply = await comment(s.carol, { parentId: parent.id });
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: parent.id });
      await bed.use.deleteComment.execute({ actor: s.carol, commentId: reply.id });
      expect(await bed.use.listComments.execute({ actor: s.alice, postId })).to.deep.equal([]);
      expect(await commentCount()).to.equal(0);
    });

    it('given comments in a thread, when listed, then top-level and replies are oldest first', async () => {
      const first = await comment(s.bob, { content: '1' });
      await comment(s.carol, { content: '2' });
      await comment(s.dave, { parentId: first.id, content: '1a' });
      await comment(s.alice, { parentId: first.id, content: '1b' });
      expect(shape(await bed.use.listComments.execute({ actor: s.alice, postId }))).to.deep.equal([
        { content: '1', deleted: false, replies: ['1a', '1b'] },
        { content: '2', deleted: false, replies: [] },
      ]);
    });

    it('given someone else, when deleting, then NOT_AUTHOR; given an admin, then deleted', async () => {
      const { id } = await comment(s.bob);
      await expectRejection(bed.use.deleteComment.execute({ actor: s.carol, commentId: id }), 'NOT_AUTHOR');
      await bed.use.deleteComment.execute({ actor: s.admin, commentId: id });
      expect(await commentCount()).to.equal(0);
    });

    it('given a deleted comment, when deleted again, then COMMENT_NOT_FOUND', async () => {
      const { id } = await comment(s.bob);
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: id });
      await expectRejection(
        bed.use.deleteComment.execute({ actor: s.bob, commentId: id }),
        'COMMENT_NOT_FOUND',
      );
    });
  });
});
