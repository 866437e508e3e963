import { expect } from 'chai';
import { arrangeCommentTree, type TreeComment } from '../../src/index.js';
import { admin, member } from './support.js';

const viewer = member('viewer');
let clock = 0;

function c(id: string, parentId: string | null = null, state: Partial<TreeComment> = {}): TreeComment {
  clock += 1000;
  return { id, parentId, hiddenAt: null, deletedAt: null, createdAt: new Date(clock), ...state };
}

const gone = new Date(0);

function shape(tree: ReturnType<typeof arrangeCommentTree>): unknown {
  return tree.map((n) => ({ id: n.comment.id, p: n.isPlaceholder, r: n.replies.map((r) => r.comment.id) }));
}

describe('comment tree policy', () => {
  it('given top-level comments and replies, then replies sit under their parent, oldest first', () => {
    const a = c('a');
    const b = c('b');
    const a1 = c('a1', 'a');
    const b1 = c('b1', 'b');
    const a2 = c('a2', 'a');
    const tree = arrangeCommentTree([a2, b1, a1, b, a], viewer);
    expect(shape(tree)).to.deep.equal([
      { id: 'a', p: false, r: ['a1', 'a2'] },
      { id: 'b', p: false, r: ['b1'] },
    ]);
  });

  it('given equal creation times, then the id decides the order', () => {
    const at = new Date(5);
    const tree = arrangeCommentTree(
      [c('y', null, { createdAt: at }), c('x', null, { createdAt: at })],
      viewer,
    );
    expect(tree.map((n) => n.comment.id)).to.deep.equal(['x', 'y']);
  });

  it('given a deleted comment with a live reply, then it stays as a placeholder with the reply', () => {
    const tree = arrangeCommentTree([c('a', null, { deletedAt: gone }), c('a1', 'a')], viewer);
    expect(shape(tree)).to.deep.equal([{ id: 'a', p: true, r: ['a1'] }]);
  });

  it('given a deleted comment whose replies are all deleted, then it disappears with them', () => {
    const tree = arrangeCommentTree(
      [c('a', null, { deletedAt: gone }), c('a1', 'a', { deletedAt: gone })],
      viewer,
    );
    expect(tree).to.deep.equal([]);
  });

  it('given a deleted comment without replies, then it disappears', () => {
    expect(
      arrangeCommentTree([c('a', null, { deletedAt: gone }), c('b')], viewer).map((n) => n.comment.id),
    ).to.deep.equal(['b']);
  });

  it('given a deleted reply under a live comment, then only the reply disappears', () => {
    const tree = arrangeCommentTree([c('a'), c('a1', 'a', { deletedAt: gone }), c('a2', 'a')], viewer);
    expect(shape(tree)).to.deep.equal([{ id: 'a', p: false, r: ['a2'] }]);
  });

  it('given a hidden comment, then members see it as gone and admins see it', () => {
    const comments = [c('a', null, { hiddenAt: gone }), c('a1', 'a'), c('b', null, { hiddenAt: gone })];
    expect(shape(arrangeCommentTree(comments, viewer))).to.deep.equal([{ id: 'a', p: true, r: ['a1'] }]);
    expect(shape(arrangeCommentTree(comments, admin()))).to.deep.equal([
      { id: 'a', p: false, r: ['a1'] },
      { id: 'b', p: false, r: [] },
    ]);
  });

  it('given a deleted comment, then admins too see only a placeholder or nothing', () => {
    const comments = [c('a', null, { deletedAt: gone }), c('a1', 'a'), c('b', null, { deletedAt: gone })];
    expect(shape(arrangeCommentTree(comments, admin()))).to.deep.equal([{ id: 'a', p: true, r: ['a1'] }]);
  });

  it('given a reply whose parent is missing, then it is dropped', () => {
    expect(arrangeCommentTree([c('orphan', 'nowhere')], viewer)).to.deep.equal([]);
  });
});
