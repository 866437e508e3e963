import { expect } from 'chai';
import {
  BoardId,
  CommentId,
  PostId,
  UserId,
  type Actor,
  type CommentRecord,
  type Page,
  type PostSummaryRecord,
  ViewerBlocks,
} from '@campus/domain';
import { toCommentTree, toSummaryPage, type CommentDto } from '../../src/board/board.dto.js';
import { isShared } from '../../src/shared/shared-view.js';

const member = (id: string): Actor => ({ id: UserId(id), role: 'user', schoolId: null });
const admin: Actor = { id: UserId('admin'), role: 'admin', schoolId: null };
const post = { authorId: UserId('alice'), isAnonymous: true };

function comment(id: string, authorId: string, extra: Partial<CommentRecord> = {}): CommentRecord {
  const at = new Date(Date.UTC(2025, 0, 1, 0, 0, Number(id.slice(1))));
  return {
    id: CommentId(id),
    postId: PostId('p'),
    parentId: null,
    authorId: UserId(authorId),
    authorNickname: null,
    isAnonymous: true,
    anonymousNumber: 1,
    content: `comment ${id}`,
    likeCount: 0,
    hiddenAt: null,
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

/** Records as a cache hands them out: frozen, and the same objects for every reader. */
function frozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  for (const inner of Object.values(value)) frozen(inner);
  return Object.freeze(value);
}

describe('board views shared between readers', () => {
  const records = () => [
    comment('c1', 'bob'),
    comment('c2', 'carol', { parentId: CommentId('c1') }),
    comment('c3', 'dave', { hiddenAt: new Date(Date.UTC(2025, 0, 2)) }),
  ];

  it('given shared comments, then members who wrote none of them get one shared, frozen tree', () => {
    const shared = frozen(records());
    const forErin = toCommentTree(shared, post, member('erin'));
    const forZed = toCommentTree(shared, post, member('zed'));
    expect(forErin).to.equal(forZed);
    expect(isShared(forErin)).to.equal(true);
    expect(Object.isFrozen(forErin[0]!.replies)).to.equal(true);
    expect(() => (forErin[0]!.replies as CommentDto[]).push(forErin[0]!.replies![0] as CommentDto)).to.throw(
      TypeError,
    );
    expect(forZed).to.deep.equal(toCommentTree(records(), post, member('zed')));
  });

  it('given other records, then the shared tree is another one', () => {
    const one = toCommentTree(frozen(records()), post, member('erin'));
    expect(toCommentTree(frozen(records()), post, member('erin'))).not.to.equal(one);
  });

  it('given comments read for one request (not held by a cache), then the tree is built for it alone, not shared', () => {
    const fresh = records();
    const tree = toCommentTree(fresh, post, member('erin'));
    expect(isShared(tree)).to.equal(false);
    expect(Object.isFrozen(tree)).to.equal(false);
    expect(toCommentTree(fresh, post, member('zed'))).not.to.equal(tree);
    expect(tree).to.deep.equal(toCommentTree(frozen(records()), post, member('erin')));
  });

  it('given the same comments, then an author gets a tree of their own with isMine on theirs only', () => {
    const shared = frozen(records());
    const forErin = toCommentTree(shared, post, member('erin'));
    const forCarol = toCommentTree(shared, post, member('carol'));
    expect(forCarol).not.to.equal(forErin);
    expect(isShared(forCarol)).to.equal(false);
    expect(forCarol[0]!.isMine).to.equal(false);
    expect(forCarol[0]!.replies![0]!.isMine).to.equal(true);
    expect(forErin[0]!.replies![0]!.isMine).to.equal(false);
    expect(forCarol).to.deep.equal(toCommentTree(records(), post, member('carol')));
  });

  it('given several comments by one author, then isMine marks each of theirs', () => {
    const more = [...records(), comment('c4', 'erin'), comment('c5', 'bob')];
    const forBob = toCommentTree(frozen(more), post, member('bob'));
    expect(forBob.map((node) => node.isMine)).to.deep.equal([true, false, true]);
  });

  it('given a hidden comment, then an admin sees it in a tree of their own and a member does not', () => {
    const shared = frozen(records());
    expect(toCommentTree(shared, post, member('erin')).map((c) => c.id)).to.deep.equal(['c1']);
    const forAdmin = toCommentTree(shared, post, admin);
    expect(forAdmin.map((c) => c.id)).to.deep.equal(['c1', 'c3']);
    expect(isShared(forAdmin)).to.equal(false);
    expect(toCommentTree(shared, post, member('erin')).map((c) => c.id)).to.deep.equal(['c1']);
  });

  it('given the same comments under another authorship, then names follow the post given', () => {
    const shared = frozen([comment('c1', 'alice')]);
    expect(toCommentTree(shared, post, member('erin'))[0]!.author!.displayName).to.equal('익명(글쓴이)');
    const other = { authorId: UserId('zed'), isAnonymous: true };
    expect(toCommentTree(shared, other, member('erin'))[0]!.author!.displayName).to.equal('익명1');
  });

  it('given a commenter, then their tree shares every top-level comment but the one holding theirs', () => {
    const more = [...records(), comment('c4', 'erin'), comment('c5', 'bob')];
    const shared = frozen(more);
    const forErin = toCommentTree(shared, post, member('erin'));
    const forZed = toCommentTree(shared, post, member('zed'));
    expect(forErin.map((node) => node.id)).to.deep.equal(['c1', 'c4', 'c5']);
    expect(forErin[0]).to.equal(forZed[0]);
    expect(forErin[2]).to.equal(forZed[2]);
    expect(isShared(forErin[0]!)).to.equal(true);
    expect(forErin[1]).not.to.equal(forZed[1]);
    expect(isShared(forErin[1]!)).to.equal(false);
    expect(forErin[1]!.isMine).to.equal(true);
    expect(forZed[1]!.isMine).to.equal(false);
    expect(forErin).to.deep.equal(toCommentTree(more, post, member('erin')));
  });

  it('given a blocked commenter, then the blocker’s tree leaves their group out and shares the rest', () => {
    const more = [...records(), comment('c4', 'erin', { isAnonymous: false }), comment('c5', 'bob')];
    const shared = frozen(more);
    const blocks = new ViewerBlocks({ users: [UserId('erin')], posts: [], threads: [] });
    const forZed = toCommentTree(shared, post, member('zed'));
    const forBlocker = toCommentTree(shared, post, member('yuri'), blocks);
    expect(forBlocker.map((node) => node.id)).to.deep.equal(['c1', 'c5']);
    expect(forBlocker[0]).to.equal(forZed[0]);
    expect(forBlocker[1]).to.equal(forZed[2]);
    expect(forBlocker).to.deep.equal(toCommentTree(more, post, member('yuri'), blocks));
  });

  it('given a page a cache holds, then readers whose blocks hide none of it share one page, and a blocker reads theirs again', () => {
    const at = new Date(Date.UTC(2025, 0, 1));
    const summary: PostSummaryRecord = {
      id: PostId('p'),
      boardId: BoardId('b'),
      title: 'T',
      contentPreview: 'C',
      authorId: UserId('alice'),
      authorNickname: null,
      isAnonymous: true,
      isQuestion: false,
      likeCount: 1,
      commentCount: 2,
      scrapCount: 3,
      hotAt: null,
      createdAt: at,
    };
    const page = (): Page<PostSummaryRecord> => ({ items: [{ ...summary }], next: null });
    const shared = frozen(page());
    const first = toSummaryPage(shared);
    const second = toSummaryPage(
      shared,
      new ViewerBlocks({ users: [UserId('zed')], posts: [], threads: [] }),
    );
    expect(first).to.equal(second);
    expect(isShared(first)).to.equal(true);
    const fresh = toSummaryPage(page());
    expect(fresh).not.to.equal(first);
    expect(isShared(fresh)).to.equal(false);
    expect(fresh.items[0]).not.to.equal(first.items[0]);
    expect(isShared(first.items[0]!)).to.equal(true);
    expect(Object.isFrozen(first.items[0]!.author)).to.equal(true);
    expect(fresh).to.deep.equal(first);
    const blocks = new ViewerBlocks({ users: [], posts: [PostId('p')], threads: [] });
    const blocked = toSummaryPage(shared, blocks);
    expect(blocked.items).to.deep.equal([]);
    expect(toSummaryPage(shared, blocks)).to.equal(blocked);
    expect(isShared(blocked)).to.equal(true);
    const sameTargets = new ViewerBlocks({ users: [], posts: [PostId('p')], threads: [] });
    expect(toSummaryPage(shared, sameTargets)).not.to.equal(blocked);
    expect(toSummaryPage(page(), blocks).items).to.deep.equal([]);
    expect(toSummaryPage(shared)).to.equal(first);
    expect(first.items[0]!.author).to.deep.equal({
      id: null,
      displayName: '익명',
      isAnonymous: true,
      isPostAuthor: true,
    });
  });
});
