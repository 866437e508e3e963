/// <reference types="mocha" />
import { expect } from 'chai';
import { PostId, type Actor } from '@campus/domain';
import { BoardWorld, at, type BoardPortsSetup } from './board-fixtures.js';

export function postQueriesDetailContract(name: string, setup: BoardPortsSetup): void {
  describe(`PostQueries contract (post and comments): ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    it('given a named post, when read, then it carries the board name, nickname and counters', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(
        board,
        alice,
        { title: 'Hello', content: 'World', isQuestion: true },
        at(4),
      );
      await world.ports.postLikes.add(post.id, bob.id, at(5));
      const found = await world.ports.queries.findPost(post.id, alice.id);
      expect(found).to.deep.include({
        id: post.id,
        boardId: board.id,
        schoolId: board.schoolId,
        boardName: 'Free',
        authorId: alice.id,
        authorNickname: 'Alice',
        isAnonymous: false,
        isQuestion: true,
        title: 'Hello',
        content: 'World',
        likeCount: 1,
        commentCount: 0,
        scrapCount: 0,
        hotAt: null,
        hiddenAt: null,
        deletedAt: null,
      });
      expect(found!.createdAt.getTime()).to.equal(at(4).getTime());
      expect(found!.updatedAt.getTime()).to.equal(at(4).getTime());
    });

    it('given an anonymous post, when read, then the nickname is not even fetched', async () => {
      const { board, alice } = await world.stage();
      const post = await world.post(board, alice, { isAnonymous: true });
      const found = await world.ports.queries.findPost(post.id, alice.id);
      expect(found?.authorNickname).to.equal(null);
      expect(found?.isAnonymous).to.equal(true);
    });

    it('given a viewer who liked, scrapped and reported, when read by each, then the flags are per viewer', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice);
      await world.ports.postLikes.add(post.id, bob.id, at(5));
      await world.ports.scraps.add(post.id, bob.id, at(5));
      await world.ports.postReports.add(post.id, bob.id, 'spam', at(5));
      expect((await world.ports.queries.findPost(post.id, bob.id))!.viewer).to.deep.equal({
        liked: true,
        scrapped: true,
        reported: true,
      });
      expect((await world.ports.queries.findPost(post.id, carol.id))!.viewer).to.deep.equal({
        liked: false,
        scrapped: false,
        reported: false,
      });
    });

    it('given a deleted post, when read, then it is still returned with deletedAt (the caller decides)', async () => {
      const { board, alice } = await world.stage();
      const post = await world.post(board, alice);
      post.delete({ id: alice.id, role: 'user', schoolId: null } satisfies Actor, at(9));
      await world.ports.posts.save(post);
      expect((await world.ports.queries.findPost(post.id, alice.id))!.deletedAt?.getTime()).to.equal(
        at(9).getTime(),
      );
    });

    it('given no such post, when read, then null', async () => {
      const { alice } = await world.stage();
      expect(await world.ports.queries.findPost(PostId(world.id()), alice.id)).to.equal(null);
    });

    it('given comments of every kind, when listed, then all of them, oldest first, with what the tree needs', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice, { isAnonymous: true });
      const other = await world.post(board, alice);
      const c1 = await world.comment(post, bob, { isAnonymous: true, anonymousNumber: 1 }, null, at(3));
      const c2 = await world.comment(post, carol, { isAnonymous: false }, null, at(4));
      const r1 = await world.comment(post, alice, { isAnonymous: true }, c1, at(5));
      await world.comment(other, bob, {}, null, at(2));
      await world.ports.commentLikes.add(c2.id, bob.id, at(6));
      await world.ports.comments.markDeleted(c1.id, at(7));
      const listed = await world.ports.queries.listComments(post.id);
      expect(listed.map((c) => c.id)).to.deep.equal([c1.id, c2.id, r1.id]);
      expect(listed[0]).to.deep.include({
        parentId: null,
        authorId: bob.id,
        authorNickname: null,
        anonymousNumber: 1,
      });
      expect(listed[0]!.deletedAt?.getTime()).to.equal(at(7).getTime());
      expect(listed[1]).to.deep.include({
        authorNickname: 'Carol',
        isAnonymous: false,
        likeCount: 1,
        deletedAt: null,
      });
      expect(listed[2]).to.deep.include({
        parentId: c1.id,
        authorId: alice.id,
        authorNickname: null,
        anonymousNumber: null,
      });
    });

    it('given comments created at the same moment, when listed, then the id breaks the tie', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const first = await world.comment(post, bob, {}, null, at(3));
      const second = await world.comment(post, bob, {}, null, at(3));
      expect((await world.ports.queries.listComments(post.id)).map((c) => c.id)).to.deep.equal([
        first.id,
        second.id,
      ]);
    });
  });
}
