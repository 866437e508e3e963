/// <reference types="mocha" />
import { Block, BlockId, type BlockRepository, type BlockTarget, type User } from '@campus/domain';
import { expect } from 'chai';
import { BoardWorld, at, concurrently, expectRejection, type BoardPorts } from '../board/board-fixtures.js';

/** The board's ports of one store, with its block repository. */
export interface BlockingPorts extends BoardPorts {
  blocks: BlockRepository;
}
/** Called before every test; ports on an empty store. */
export type BlockingPortsSetup = () => Promise<BlockingPorts>;

export function blockRepositoryContract(name: string, setup: BlockingPortsSetup): void {
  describe(`BlockRepository contract (${name})`, () => {
    let ports: BlockingPorts;
    let world: BoardWorld;
    let s: Awaited<ReturnType<BoardWorld['stage']>>;

    const block = (blocker: User, target: BlockTarget, minute = 1, label = '익명') =>
      Block.create({ id: BlockId(world.id()), blockerId: blocker.id, target, label }, at(minute));
    const byName = (user: User): BlockTarget => ({ kind: 'user', userId: user.id });

    beforeEach(async () => {
      ports = await setup();
      world = new BoardWorld(ports);
      s = await world.stage();
    });

    it('given blocks of every kind, then targetsOf answers exactly the blocker’s, and nothing for another', async () => {
      const post = await world.post(s.board, s.alice, { isAnonymous: true });
      await ports.blocks.add(block(s.bob, byName(s.alice), 1, 'Alice'));
      await ports.blocks.add(block(s.bob, { kind: 'post', postId: post.id, authorId: s.alice.id }));
      await ports.blocks.add(
        block(s.bob, { kind: 'thread', postId: post.id, authorId: s.carol.id }, 2, '익명1'),
      );
      const targets = await ports.blocks.targetsOf(s.bob.id);
      expect(targets).to.deep.equal({
        users: [s.alice.id],
        posts: [post.id],
        threads: [{ postId: post.id, authorId: s.carol.id }],
      });
      expect(await ports.blocks.targetsOf(s.carol.id)).to.deep.equal({ users: [], posts: [], threads: [] });
    });

    it('given the same target twice, then ALREADY_BLOCKED; two anonymous posts of one author are two targets', async () => {
      const [one, two] = [
        await world.post(s.board, s.alice, { isAnonymous: true }),
        await world.post(s.board, s.alice, { isAnonymous: true }),
      ];
      await ports.blocks.add(block(s.bob, { kind: 'post', postId: one.id, authorId: s.alice.id }));
      await ports.blocks.add(block(s.bob, { kind: 'post', postId: two.id, authorId: s.alice.id }));
      await expectRejection(
        ports.blocks.add(block(s.bob, { kind: 'post', postId: one.id, authorId: s.alice.id })),
        'ALREADY_BLOCKED',
      );
      await ports.blocks.add(block(s.carol, { kind: 'post', postId: one.id, authorId: s.alice.id }));
    });

    it('given eight racing blocks of one member by one blocker, then one is stored and the rest are ALREADY_BLOCKED', async () => {
      const tasks = Array.from({ length: 8 }, () => () => ports.blocks.add(block(s.bob, byName(s.alice))));
      const { values, errors } = await concurrently(tasks);
      expect(values).to.have.length(1);
      expect(errors.map((e) => (e as { code?: string }).code)).to.deep.equal(
        Array(7).fill('ALREADY_BLOCKED'),
      );
      expect((await ports.blocks.targetsOf(s.bob.id)).users).to.deep.equal([s.alice.id]);
    });

    it('given blocks, then listByBlocker pages them newest first with their labels and targets', async () => {
      const post = await world.post(s.board, s.carol, { isAnonymous: true });
      await ports.blocks.add(block(s.bob, byName(s.alice), 1, 'Alice'));
      await ports.blocks.add(block(s.bob, { kind: 'post', postId: post.id, authorId: s.carol.id }, 2));
      await ports.blocks.add(block(s.bob, byName(s.carol), 3, 'Carol'));
      const first = await ports.blocks.listByBlocker(s.bob.id, { limit: 2, after: null });
      expect(first.items.map((b) => b.label)).to.deep.equal(['Carol', '익명']);
      expect(first.items[1]!.target).to.deep.equal({ kind: 'post', postId: post.id, authorId: s.carol.id });
      expect(first.items[0]!.createdAt.toISOString()).to.equal(at(3).toISOString());
      const second = await ports.blocks.listByBlocker(s.bob.id, { limit: 2, after: first.next });
      expect(second.items.map((b) => b.label)).to.deep.equal(['Alice']);
      expect(second.next).to.equal(null);
    });

    it('given a block, then only its blocker removes it, once', async () => {
      const mine = block(s.bob, byName(s.alice));
      await ports.blocks.add(mine);
      expect(await ports.blocks.remove(s.carol.id, mine.id)).to.equal(false);
      expect(await ports.blocks.remove(s.bob.id, mine.id)).to.equal(true);
      expect(await ports.blocks.remove(s.bob.id, mine.id)).to.equal(false);
      await ports.blocks.add(block(s.bob, byName(s.alice)));
    });

    it('given a username block one way, then eitherBlocksMember is true both ways; content blocks never count', async () => {
      const post = await world.post(s.board, s.carol, { isAnonymous: true });
      await ports.blocks.add(block(s.bob, byName(s.alice)));
      await ports.blocks.add(block(s.bob, { kind: 'post', postId: post.id, authorId: s.carol.id }));
      expect(await ports.blocks.eitherBlocksMember(s.alice.id, s.bob.id)).to.equal(true);
      expect(await ports.blocks.eitherBlocksMember(s.bob.id, s.alice.id)).to.equal(true);
      expect(await ports.blocks.eitherBlocksMember(s.bob.id, s.carol.id)).to.equal(false);
      expect(await ports.blocks.eitherBlocksMember(s.alice.id, s.carol.id)).to.equal(false);
    });

    it('given a block added in a unit of work that fails, then nothing is stored', async () => {
      const failing = ports.uow.run(async () => {
        await ports.blocks.add(block(s.bob, byName(s.alice)));
        throw new Error('after the insert');
      });
      await failing.then(
        () => expect.fail('the unit should fail'),
        (error: Error) => expect(error.message).to.equal('after the insert'),
      );
      expect((await ports.blocks.targetsOf(s.bob.id)).users).to.deep.equal([]);
    });
  });
}
