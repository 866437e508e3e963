/// <reference types="mocha" />
import { expect } from 'chai';
import { CommentId, Post, type Actor } from '@campus/domain';
import { BoardWorld, at, concurrently, type BoardPortsSetup } from './board-fixtures.js';

export function commentRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`CommentRepository contract: ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    const commentCount = async (postId: Parameters<typeof world.ports.posts.findById>[0]) =>
      (await world.ports.posts.findById(postId))!.commentCount;

    it('given a new comment and a reply, when added, then both come back and commentCount is 2', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const top = await world.comment(post, bob, {
        isAnonymous: true,
        anonymousNumber: 3,
        content: '첫 댓글',
      });
      const reply = await world.comment(post, alice, {}, top, at(3));
      expect((await world.ports.comments.findById(top.id))?.snapshot()).to.deep.equal(top.snapshot());
      expect((await world.ports.comments.findById(reply.id))?.parentId).to.equal(top.id);
      expect(await commentCount(post.id)).to.equal(2);
    });

    it('given a deleted post, when a comment is added, then it is refused and nothing is written', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const stale = Post.rehydrate(post.snapshot());
      post.delete({ id: alice.id, role: 'user', schoolId: null }, at(5));
      expect(await world.ports.posts.save(post)).to.equal(true);
      const late = world.newComment(stale, bob, { content: 'Too late' }, null, at(6));
      expect(await world.ports.comments.add(late)).to.equal(false);
      expect(await world.ports.comments.findById(late.id)).to.equal(null);
      expect(await commentCount(post.id)).to.equal(0);
    });

    it('given no such comment, when found by id, then null', async () => {
      expect(await world.ports.comments.findById(CommentId(world.id()))).to.equal(null);
    });

    it('given an edited comment, when updated, then only content and updatedAt change', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const comment = await world.comment(post, bob);
      await world.ports.commentLikes.add(comment.id, alice.id, at(3));
      const actor: Actor = { id: bob.id, role: 'user', schoolId: null };
      comment.edit(actor, 'Edited', at(4));
      await world.ports.comments.update(comment);
      const found = (await world.ports.comments.findById(comment.id))!;
      expect(found.content).to.equal('Edited');
      expect(found.updatedAt.getTime()).to.equal(at(4).getTime());
      expect(found.likeCount).to.equal(1);
    });

    it('given a live comment, when deleted twice, then the first call deletes and commentCount drops once', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const comment = await world.comment(post, bob);
      expect(await world.ports.comments.markDeleted(comment.id, at(5))).to.equal(true);
      expect(await world.ports.comments.markDeleted(comment.id, at(6))).to.equal(false);
      expect(await commentCount(post.id)).to.equal(0);
      expect((await world.ports.comments.findById(comment.id))!.isLive()).to.equal(false);
    });

    it('given a hidden comment, when deleted, then commentCount does not drop a second time', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const comment = await world.comment(post, bob);
      await world.comment(post, bob);
      expect(await world.ports.comments.markHidden(comment.id, at(5))).to.equal(true);
      expect(await world.ports.comments.markHidden(comment.id, at(6))).to.equal(false);
      expect(await commentCount(post.id)).to.equal(1);
      expect(await world.ports.comments.markDeleted(comment.id, at(7))).to.equal(true);
      expect(await commentCount(post.id)).to.equal(1);
    });

    it('given 8 concurrent deletions of one comment, when run, then one succeeds and commentCount drops once', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const comment = await world.comment(post, bob);
      await world.comment(post, bob);
      const { values } = await concurrently(
        Array.from({ length: 8 }, () => () => world.ports.comments.markDeleted(comment.id, at(5))),
      );
      expect(values.filter(Boolean)).to.have.length(1);
      expect(await commentCount(post.id)).to.equal(1);
    });

    it('given replies arriving while their parent is deleted, then every call completes and the count holds', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const repliers = await Promise.all([1, 2, 3, 4].map((i) => world.user(`Replier${i}`, board.schoolId)));
      for (let round = 0; round < 8; round++) {
        const top = await world.comment(post, bob);
        const { values, errors } = await concurrently<unknown>([
          () => world.ports.comments.markDeleted(top.id, at(9)),
          ...repliers.map((user) => () => world.comment(post, user, {}, top, at(8))),
        ]);
        expect(errors, String(errors[0])).to.deep.equal([]);
        expect(values[0]).to.equal(true);
      }
      // Each round leaves its four replies live and its parent deleted.
      expect(await commentCount(post.id)).to.equal(8 * 4);
    });

    it('given a unit of work that fails after adding a comment, then neither the comment nor the count remain', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      let added: CommentId | null = null;
      try {
        await world.ports.uow.run(async () => {
          added = (await world.comment(post, bob)).id;
          throw new Error('boom');
        });
      } catch {
        // expected
      }
      expect(added).not.to.equal(null);
      expect(await world.ports.comments.findById(added!)).to.equal(null);
      expect(await commentCount(post.id)).to.equal(0);
    });
  });
}
