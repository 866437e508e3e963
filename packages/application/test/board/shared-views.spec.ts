import { expect } from 'chai';
import {
  BoardId,
  CommentId,
  PostId,
  UserId,
  deepFreeze,
  type Actor,
  type CommentRecord,
  type Page,
  type PostSummaryRecord,
} from '@campus/domain';
import { toCommentTree, toSummaryPage } from '../../src/board/board.dto.js';

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

describe('board views shared between viewers', () => {
  const records = () => [
    comment('c1', 'bob'),
    comment('c2', 'carol', { parentId: CommentId('c1') }),
    comment('c3', 'dave', { hiddenAt: new Date(Date.UTC(2025, 0, 2)) }),
  ];

  it('given frozen comments, then readers who wrote none share one frozen tree', () => {
    const frozen = deepFreeze(records());
    const forErin = toCommentTree(frozen, post, member('erin'));
    const forAlice = toCommentTree(frozen, post, member('alice'));
    expect(forAlice).to.equal(forErin);
    expect(Object.isFrozen(forErin)).to.equal(true);
    expect(Object.isFrozen(forErin[0]!.replies)).to.equal(true);
    expect(forErin).to.deep.equal(toCommentTree(records(), post, member('erin')));
  });

  it('given frozen comments, then an author gets their own tree with isMine on theirs only', () => {
    const frozen = deepFreeze(records());
    const shared = toCommentTree(frozen, post, member('erin'));
    const forCarol = toCommentTree(frozen, post, member('carol'));
    expect(forCarol).not.to.equal(shared);
    expect(forCarol[0]!.isMine).to.equal(false);
    expect(forCarol[0]!.replies![0]!.isMine).to.equal(true);
    expect(shared[0]!.replies![0]!.isMine).to.equal(false);
    expect(forCarol).to.deep.equal(toCommentTree(records(), post, member('carol')));
  });

  it('given frozen comments, then an author’s tree shares every node that holds none of theirs', () => {
    const more = () => [...records(), comment('c4', 'erin'), comment('c5', 'bob')];
    const frozen = deepFreeze(more());
    const shared = toCommentTree(frozen, post, member('zed'));
    const forBob = toCommentTree(frozen, post, member('bob'));
    expect(forBob.map((node, i) => node === shared[i])).to.deep.equal([false, true, false]);
    expect(forBob.map((node) => node.isMine)).to.deep.equal([true, false, true]);
    expect(forBob).to.deep.equal(toCommentTree(more(), post, member('bob')));
  });

  it('given frozen comments, then an admin sees the hidden one and the shared tree does not', () => {
    const frozen = deepFreeze(records());
    expect(toCommentTree(frozen, post, member('erin')).map((c) => c.id)).to.deep.equal(['c1']);
    expect(toCommentTree(frozen, post, admin).map((c) => c.id)).to.deep.equal(['c1', 'c3']);
  });

  it('given the same frozen comments under another authorship, then names follow the post given', () => {
    const frozen = deepFreeze([comment('c1', 'alice')]);
    expect(toCommentTree(frozen, post, member('erin'))[0]!.author!.displayName).to.equal('익명(글쓴이)');
    const other = { authorId: UserId('zed'), isAnonymous: true };
    expect(toCommentTree(frozen, other, member('erin'))[0]!.author!.displayName).to.equal('익명1');
  });

  it('given comments that are not frozen, then each call builds a new tree', () => {
    const plain = records();
    expect(toCommentTree(plain, post, member('erin'))).not.to.equal(
      toCommentTree(plain, post, member('erin')),
    );
  });

  it('given a frozen page, then one frozen summary page for every call; a plain page is converted each time', () => {
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
    const frozen = deepFreeze(page());
    expect(toSummaryPage(frozen)).to.equal(toSummaryPage(frozen));
    expect(Object.isFrozen(toSummaryPage(frozen).items[0])).to.equal(true);
    const plain = page();
    expect(toSummaryPage(plain)).not.to.equal(toSummaryPage(plain));
    expect(toSummaryPage(plain)).to.deep.equal(toSummaryPage(frozen));
  });
});
