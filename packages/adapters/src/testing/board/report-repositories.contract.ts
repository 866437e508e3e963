/// <reference types="mocha" />
import { expect } from 'chai';
import { BoardWorld, at, concurrently, expectRejection, type BoardPortsSetup } from './board-fixtures.js';

export function postReportRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`PostReportRepository contract: ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    it('given reports by two users, when added, then the count is 2; a second report by one is ALREADY_REPORTED', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice);
      expect(await world.ports.postReports.add(post.id, bob.id, 'spam', at(3))).to.equal(1);
      expect(await world.ports.postReports.add(post.id, carol.id, 'abuse', at(3))).to.equal(2);
      await expectRejection(world.ports.postReports.add(post.id, bob.id, 'fraud', at(4)), 'ALREADY_REPORTED');
      expect((await world.ports.posts.findById(post.id))!.reportCount).to.equal(2);
    });

    it('given 8 concurrent reports by one user, then they count once', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const { values } = await concurrently(
        Array.from({ length: 8 }, () => () => world.ports.postReports.add(post.id, bob.id, 'spam', at(3))),
      );
      expect(values).to.deep.equal([1]);
      expect((await world.ports.posts.findById(post.id))!.reportCount).to.equal(1);
    });
  });
}

export function commentReportRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`CommentReportRepository contract: ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    it('given reports by two users, when added, then the count is 2; a second report by one is ALREADY_REPORTED', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const comment = await world.comment(await world.post(board, alice), alice);
      expect(await world.ports.commentReports.add(comment.id, bob.id, 'politics', at(3))).to.equal(1);
      expect(await world.ports.commentReports.add(comment.id, carol.id, 'obscene', at(3))).to.equal(2);
      await expectRejection(
        world.ports.commentReports.add(comment.id, carol.id, 'spam', at(4)),
        'ALREADY_REPORTED',
      );
      expect((await world.ports.comments.findById(comment.id))!.snapshot().reportCount).to.equal(2);
    });

    it('given 8 concurrent reports by one user, then they count once', async () => {
      const { board, alice, bob } = await world.stage();
      const comment = await world.comment(await world.post(board, alice), alice);
      const { values } = await concurrently(
        Array.from(
          { length: 8 },
          () => () => world.ports.commentReports.add(comment.id, bob.id, 'spam', at(3)),
        ),
      );
      expect(values).to.deep.equal([1]);
    });
  });
}
