/// <reference types="mocha" />
import { expect } from 'chai';
import { BoardWorld, at, concurrently, type BoardPortsSetup } from './board-fixtures.js';

export function postScrapRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`PostScrapRepository contract: ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    const stored = async (id: Parameters<typeof world.ports.posts.findById>[0]) =>
      (await world.ports.posts.findById(id))!.scrapCount;

    it('given a scrap, when added twice, then it counts once (idempotent)', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      expect(await world.ports.scraps.add(post.id, bob.id, at(3))).to.equal(1);
      expect(await world.ports.scraps.add(post.id, bob.id, at(4))).to.equal(1);
      expect(await stored(post.id)).to.equal(1);
    });

    it('given a scrap, when added again inside a unit of work that goes on, then it still counts once', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice);
      await world.ports.scraps.add(post.id, bob.id, at(3));
      const counts = await world.ports.uow.run(async () => [
        await world.ports.scraps.add(post.id, bob.id, at(4)),
        await world.ports.scraps.add(post.id, carol.id, at(4)),
      ]);
      expect(counts).to.deep.equal([1, 2]);
      expect(await stored(post.id)).to.equal(2);
    });

    it('given scraps by two users, when one is removed twice, then the count drops once', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice);
      await world.ports.scraps.add(post.id, bob.id, at(3));
      await world.ports.scraps.add(post.id, carol.id, at(3));
      expect(await world.ports.scraps.remove(post.id, bob.id)).to.equal(1);
      expect(await world.ports.scraps.remove(post.id, bob.id)).to.equal(1);
      expect(await stored(post.id)).to.equal(1);
    });

    it('given no scrap, when removed, then the count stays 0', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      expect(await world.ports.scraps.remove(post.id, bob.id)).to.equal(0);
    });

    it('given 8 concurrent scraps by one user, then they count once', async () => {
      const { board, alice, bob } = await world.stage();
      const post = await world.post(board, alice);
      const { errors } = await concurrently(
        Array.from({ length: 8 }, () => () => world.ports.scraps.add(post.id, bob.id, at(3))),
      );
      expect(errors).to.deep.equal([]);
      expect(await stored(post.id)).to.equal(1);
    });

    it('given 8 concurrent removals of one scrap, then the count drops once', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice);
      await world.ports.scraps.add(post.id, bob.id, at(3));
      await world.ports.scraps.add(post.id, carol.id, at(3));
      const { errors } = await concurrently(
        Array.from({ length: 8 }, () => () => world.ports.scraps.remove(post.id, bob.id)),
      );
      expect(errors).to.deep.equal([]);
      expect(await stored(post.id)).to.equal(1);
    });
  });
}
