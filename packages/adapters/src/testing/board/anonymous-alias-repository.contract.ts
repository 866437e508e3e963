/// <reference types="mocha" />
import { expect } from 'chai';
import { BoardWorld, concurrently, type BoardPortsSetup } from './board-fixtures.js';

export function anonymousAliasRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`AnonymousAliasRepository contract: ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    it('given commenters in turn, when numbered, then 1, 2, … and each keeps their number', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice);
      const aliases = world.ports.aliases;
      expect(await aliases.numberFor(post.id, bob.id)).to.equal(1);
      expect(await aliases.numberFor(post.id, carol.id)).to.equal(2);
      expect(await aliases.numberFor(post.id, bob.id)).to.equal(1);
      expect((await world.ports.posts.findById(post.id))!.snapshot().anonymousSequence).to.equal(2);
    });

    it('given a user with no number, when assigned, then the next one; given one who took a number since, then theirs, and the sequence stays', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const post = await world.post(board, alice);
      const { aliases, posts } = world.ports;
      expect(await aliases.assign(post.id, bob.id)).to.equal(1);
      expect(await aliases.assign(post.id, carol.id)).to.equal(2);
      expect(await aliases.assign(post.id, bob.id)).to.equal(1);
      expect(await aliases.numberFor(post.id, bob.id)).to.equal(1);
      expect((await posts.findById(post.id))!.snapshot().anonymousSequence).to.equal(2);
    });

    it('given two posts, when numbered, then each post counts on its own', async () => {
      const { board, alice, bob, carol } = await world.stage();
      const [one, two] = [await world.post(board, alice), await world.post(board, alice)];
      await world.ports.aliases.numberFor(one.id, bob.id);
      expect(await world.ports.aliases.numberFor(two.id, carol.id)).to.equal(1);
      expect(await world.ports.aliases.numberFor(one.id, carol.id)).to.equal(2);
    });

    for (const method of ['numberFor', 'assign'] as const) {
      it(`given 8 concurrent first comments by one user, when numbered by ${method}, then one number is taken`, async () => {
        const { board, alice, bob } = await world.stage();
        const post = await world.post(board, alice);
        const { values, errors } = await concurrently(
          Array.from({ length: 8 }, () => () => world.ports.aliases[method](post.id, bob.id)),
        );
        expect(errors).to.deep.equal([]);
        expect(new Set(values)).to.deep.equal(new Set([1]));
        expect((await world.ports.posts.findById(post.id))!.snapshot().anonymousSequence).to.equal(1);
      });
    }

    it('given 8 users numbered concurrently, then they get 1 to 8, each once', async () => {
      const { school, board, alice } = await world.stage();
      const post = await world.post(board, alice);
      const users = await Promise.all(
        Array.from({ length: 8 }, (_, i) => world.user(`Racer${i}`, school.id)),
      );
      const { values, errors } = await concurrently(
        users.map((u) => () => world.ports.aliases.numberFor(post.id, u.id)),
      );
      expect(errors).to.deep.equal([]);
      expect([...values].sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    });
  });
}
