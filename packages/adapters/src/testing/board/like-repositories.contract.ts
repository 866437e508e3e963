/// <reference types="mocha" />
import { expect } from 'chai';
import type { User } from '@campus/domain';
import { BoardWorld, at, concurrently, expectRejection, type BoardPortsSetup } from './board-fixtures.js';

/** A like port seen the same way for posts and comments: add a like, read the stored count. */
interface LikeTarget {
  add(user: User): Promise<number>;
  storedCount(): Promise<number>;
}

function likeCases(
  kind: string,
  target: (world: BoardWorld) => Promise<{ like: LikeTarget; others: User[] }>,
  setup: BoardPortsSetup,
) {
  let world: BoardWorld;
  beforeEach(async () => {
    world = new BoardWorld(await setup());
  });

  it(`given likes on a ${kind} by two users, when added, then the count rises to 2 and is stored`, async () => {
    const { like, others } = await target(world);
    expect(await like.add(others[0]!)).to.equal(1);
    expect(await like.add(others[1]!)).to.equal(2);
    expect(await like.storedCount()).to.equal(2);
  });

  it(`given a like on a ${kind}, when the same user likes again, then ALREADY_LIKED and the count stays`, async () => {
    const { like, others } = await target(world);
    await like.add(others[0]!);
    await expectRejection(like.add(others[0]!), 'ALREADY_LIKED');
    expect(await like.storedCount()).to.equal(1);
  });

  it(`given 8 concurrent likes on a ${kind} by one user, then they count once`, async () => {
    const { like, others } = await target(world);
    const { values, errors } = await concurrently(
      Array.from({ length: 8 }, () => () => like.add(others[0]!)),
    );
    expect(values).to.deep.equal([1]);
    expect(errors.map((e) => (e as { code?: string }).code)).to.deep.equal(Array(7).fill('ALREADY_LIKED'));
    expect(await like.storedCount()).to.equal(1);
  });

  it(`given 8 users liking a ${kind} concurrently, then they count 8`, async () => {
    const { like, others } = await target(world);
    const { values, errors } = await concurrently(others.slice(0, 8).map((u) => () => like.add(u)));
    expect(errors).to.deep.equal([]);
    expect([...values].sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await like.storedCount()).to.equal(8);
  });

  it(`given a unit of work that fails after a like on a ${kind}, then neither the like nor the count remain`, async () => {
    const { like, others } = await target(world);
    await world.ports.uow
      .run(async () => {
        await like.add(others[0]!);
        throw new Error('boom');
      })
      .catch(() => undefined);
    expect(await like.storedCount()).to.equal(0);
    expect(await like.add(others[0]!)).to.equal(1);
  });

  it(`given a repeated like on a ${kind} inside a unit of work that goes on, then the count stays and the work commits`, async () => {
    const { like, others } = await target(world);
    await like.add(others[0]!);
    const counts = await world.ports.uow.run(async () => {
      await expectRejection(like.add(others[0]!), 'ALREADY_LIKED');
      return [await like.add(others[1]!), await like.storedCount()];
    });
    expect(counts).to.deep.equal([2, 2]);
    expect(await like.storedCount()).to.equal(2);
  });
}

async function crowd(world: BoardWorld) {
  const { school, board, alice } = await world.stage();
  const others = await Promise.all(Array.from({ length: 8 }, (_, i) => world.user(`Liker${i}`, school.id)));
  return { board, alice, others };
}

export function postLikeRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`PostLikeRepository contract: ${name}`, () => {
    likeCases(
      'post',
      async (world) => {
        const { board, alice, others } = await crowd(world);
        const post = await world.post(board, alice);
        const like: LikeTarget = {
          add: (user) => world.ports.postLikes.add(post.id, user.id, at(5)),
          storedCount: async () => (await world.ports.posts.findById(post.id))!.likeCount,
        };
        return { like, others };
      },
      setup,
    );
  });
}

export function commentLikeRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`CommentLikeRepository contract: ${name}`, () => {
    likeCases(
      'comment',
      async (world) => {
        const { board, alice, others } = await crowd(world);
        const comment = await world.comment(await world.post(board, alice), alice);
        const like: LikeTarget = {
          add: (user) => world.ports.commentLikes.add(comment.id, user.id, at(5)),
          storedCount: async () => (await world.ports.comments.findById(comment.id))!.likeCount,
        };
        return { like, others };
      },
      setup,
    );
  });
}
