/// <reference types="mocha" />
import { expect } from 'chai';
import { Post, PostId, type Actor, type UserId } from '@campus/domain';
import { BoardWorld, at, type BoardPortsSetup } from './board-fixtures.js';

export function postRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`PostRepository contract: ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    const actor = (id: UserId): Actor => ({ id, role: 'user', schoolId: null });

    it('given a saved post, when found by id, then every field comes back', async () => {
      const { board, alice } = await world.stage();
      const post = await world.post(
        board,
        alice,
        { title: '제목 😀', isAnonymous: true, isQuestion: true },
        at(5),
      );
      const found = await world.ports.posts.findById(post.id);
      expect(found?.snapshot()).to.deep.equal(post.snapshot());
    });

    it('given no such post, when found by id, then null', async () => {
      expect(await world.ports.posts.findById(PostId(world.id()))).to.equal(null);
    });

    it('given a commenter, when the post is found for them, then it comes with the number they hold, theirs only', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice, { title: 'Asked', isAnonymous: true }, at(5));
      const { posts, aliases } = world.ports;
      const first = await posts.findForCommenter(post.id, bob.id);
      expect(first?.post.snapshot()).to.deep.equal(post.snapshot());
      expect(first?.heldNumber).to.equal(null);
      await aliases.numberFor(post.id, carol.id);
      await aliases.numberFor(post.id, bob.id);
      const [forBob, forCarol, forAlice] = await Promise.all(
        [bob, carol, alice].map((u) => posts.findForCommenter(post.id, u.id)),
      );
      expect([forBob?.heldNumber, forCarol?.heldNumber, forAlice?.heldNumber]).to.deep.equal([2, 1, null]);
      expect(forBob?.post.snapshot().anonymousSequence).to.equal(2);
      expect(await posts.findForCommenter(PostId(world.id()), bob.id)).to.equal(null);
    });

    it('given an edited post, when saved, then title, content and updatedAt change', async () => {
      const { board, alice } = await world.stage();
      const post = await world.post(board, alice);
      post.edit(actor(alice.id), { title: 'New', content: 'Body' }, at(9));
      await world.ports.posts.save(post);
      const found = (await world.ports.posts.findById(post.id))!.snapshot();
      expect(found).to.include({ title: 'New', content: 'Body' });
      expect(found.updatedAt.getTime()).to.equal(at(9).getTime());
    });

    it('given a stale entity, when saved, then counters and once-set timestamps are not undone', async () => {
      const { board, alice, bob } = await world.stage();
      const stale = await world.post(board, alice);
      await world.ports.postLikes.add(stale.id, bob.id, at(2));
      await world.ports.scraps.add(stale.id, bob.id, at(2));
      await world.ports.aliases.numberFor(stale.id, bob.id);
      await world.ports.posts.markHot(stale.id, at(3));
      await world.ports.posts.markHidden(stale.id, at(3));
      stale.edit(actor(alice.id), { title: 'Edited' }, at(4));
      expect(await world.ports.posts.save(stale)).to.equal(true);
      const found = (await world.ports.posts.findById(stale.id))!;
      expect(found.snapshot()).to.include({
        title: 'Edited',
        likeCount: 1,
        scrapCount: 1,
        anonymousSequence: 1,
      });
      expect(found.hotAt?.getTime()).to.equal(at(3).getTime());
      expect(found.snapshot().hiddenAt?.getTime()).to.equal(at(3).getTime());
    });

    it('given a deleted post, when a stale copy is saved, then it is refused and the post stays deleted', async () => {
      const { board, alice } = await world.stage();
      const post = await world.post(board, alice);
      const stale = Post.rehydrate(post.snapshot());
      post.delete(actor(alice.id), at(5));
      expect(await world.ports.posts.save(post)).to.equal(true);
      stale.edit(actor(alice.id), { title: 'Late edit' }, at(6));
      expect(await world.ports.posts.save(stale)).to.equal(false);
      const found = (await world.ports.posts.findById(post.id))!;
      expect(found.deletedAt?.getTime()).to.equal(at(5).getTime());
      expect(found.title).not.to.equal('Late edit');
    });

    it('given a question locked after it was read, when the stale edit or deletion is saved, then it is refused', async () => {
      const { board, alice } = await world.stage();
      const question = await world.post(board, alice, { isQuestion: true });
      const edited = Post.rehydrate(question.snapshot());
      const deleted = Post.rehydrate(question.snapshot());
      await world.ports.posts.markLocked(question.id, at(3));
      edited.edit(actor(alice.id), { title: 'Edited after the answer' }, at(4));
      deleted.delete(actor(alice.id), at(4));
      expect(await world.ports.posts.save(edited)).to.equal(false);
      expect(await world.ports.posts.save(deleted)).to.equal(false);
      const found = (await world.ports.posts.findById(question.id))!;
      expect(found.snapshot()).to.include({ title: question.title, deletedAt: null });
      // Read again, locked: what an admin may still do is written.
      const locked = (await world.ports.posts.findById(question.id))!;
      locked.delete({ id: alice.id, role: 'admin', schoolId: null }, at(5));
      expect(await world.ports.posts.save(locked)).to.equal(true);
      expect((await world.ports.posts.findById(question.id))!.deletedAt?.getTime()).to.equal(at(5).getTime());
    });

    it('given an edit that changes nothing but the time, when saved twice, then both count as written', async () => {
      const { board, alice } = await world.stage();
      const post = await world.post(board, alice);
      post.edit(actor(alice.id), { title: 'Same' }, at(7));
      expect(await world.ports.posts.save(post)).to.equal(true);
      expect(await world.ports.posts.save(post)).to.equal(true);
    });

    it('given hotAt, hiddenAt and lockedAt, when marked twice, then the first moment stays', async () => {
      const { board, alice } = await world.stage();
      const post = await world.post(board, alice);
      for (const mark of ['markHot', 'markHidden', 'markLocked'] as const) {
        await world.ports.posts[mark](post.id, at(10));
        await world.ports.posts[mark](post.id, at(20));
      }
      const state = (await world.ports.posts.findById(post.id))!.snapshot();
      expect([state.hotAt, state.hiddenAt, state.lockedAt].map((d) => d?.getTime())).to.deep.equal([
        at(10).getTime(),
        at(10).getTime(),
        at(10).getTime(),
      ]);
    });
  });
}
