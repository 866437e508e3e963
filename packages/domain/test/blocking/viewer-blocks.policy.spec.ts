import { expect } from 'chai';
import {
  Block,
  BlockId,
  PostId,
  UserId,
  ViewerBlocks,
  blockTargetKey,
  toBlockTargets,
} from '../../src/index.js';

const [alice, bob] = [UserId('alice'), UserId('bob')];
const [p1, p2] = [PostId('p1'), PostId('p2')];
const at = new Date('2026-03-02T09:00:00.000Z');

describe('ViewerBlocks', () => {
  const blocks = new ViewerBlocks(
    toBlockTargets([
      { kind: 'user', userId: alice },
      { kind: 'post', postId: p1, authorId: bob },
      { kind: 'thread', postId: p2, authorId: bob },
    ]),
  );

  it('given a username block, then the member’s named content is hidden and their anonymous content is not', () => {
    expect(blocks.hidesPost({ id: 'x', authorId: alice, isAnonymous: false })).to.equal(true);
    expect(blocks.hidesPost({ id: 'x', authorId: alice, isAnonymous: true })).to.equal(false);
    expect(blocks.hidesComment({ postId: 'x', authorId: alice, isAnonymous: false })).to.equal(true);
    expect(blocks.hidesComment({ postId: 'x', authorId: alice, isAnonymous: true })).to.equal(false);
  });

  it('given an anonymous post blocked, then that post alone is hidden, not another of its author’s', () => {
    expect(blocks.hidesPost({ id: p1, authorId: bob, isAnonymous: true })).to.equal(true);
    expect(blocks.hidesPost({ id: p2, authorId: bob, isAnonymous: true })).to.equal(false);
    expect(blocks.hidesPost({ id: 'x', authorId: bob, isAnonymous: false })).to.equal(false);
  });

  it('given a thread block, then the commenter’s anonymous comments there are hidden, not their named ones nor those elsewhere', () => {
    expect(blocks.hidesComment({ postId: p2, authorId: bob, isAnonymous: true })).to.equal(true);
    expect(blocks.hidesComment({ postId: p2, authorId: bob, isAnonymous: false })).to.equal(false);
    expect(blocks.hidesComment({ postId: p1, authorId: bob, isAnonymous: true })).to.equal(false);
  });

  it('given anonymous content blocks only, then no member is blocked for friend requests or messages', () => {
    expect(blocks.blocksMember(bob)).to.equal(false);
    expect(blocks.blocksMember(alice)).to.equal(true);
  });
});

describe('Block', () => {
  it('given a target behind the blocker’s own account, when created, then CANNOT_BLOCK_SELF', () => {
    const make = () =>
      Block.create(
        {
          id: BlockId('b'),
          blockerId: bob,
          target: { kind: 'post', postId: p1, authorId: bob },
          label: '익명',
        },
        at,
      );
    expect(make).to.throw().with.property('code', 'CANNOT_BLOCK_SELF');
  });

  it('given two anonymous posts of one author, then their targets differ; one member twice, they are the same', () => {
    expect(blockTargetKey({ kind: 'post', postId: p1, authorId: bob })).to.not.equal(
      blockTargetKey({ kind: 'post', postId: p2, authorId: bob }),
    );
    expect(blockTargetKey({ kind: 'user', userId: bob })).to.equal(
      blockTargetKey({ kind: 'user', userId: bob }),
    );
  });
});
