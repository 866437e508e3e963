import { share, type CommentDto, type PostDto } from '@campus/application';
import { expect } from 'chai';
import { presentPost } from '../../src/presenters/board.presenter.js';

const at = new Date('2026-03-02T09:00:00.000Z');
const author = { id: null, displayName: '익명1', isAnonymous: true, isPostAuthor: false };

function comment(id: string, content: string): CommentDto {
  return {
    id,
    postId: 'p1',
    parentId: null,
    content,
    author: { ...author },
    likeCount: 0,
    isDeleted: false,
    isBlocked: false,
    isMine: false,
    createdAt: at,
    updatedAt: at,
    replies: [],
  };
}

function post(comments: CommentDto[], viewer: Partial<PostDto['viewer']> = {}, likeCount = 0): PostDto {
  return {
    id: 'p1',
    boardId: 'b1',
    board: { id: 'b1', name: '자유게시판' },
    title: '제목',
    content: '본문',
    author: { id: null, displayName: '익명', isAnonymous: true, isPostAuthor: true },
    isQuestion: false,
    likeCount,
    commentCount: comments.length,
    scrapCount: 0,
    isHot: false,
    createdAt: at,
    updatedAt: at,
    viewer: { isAuthor: false, liked: false, scrapped: false, reported: false, ...viewer },
    comments,
  };
}

const parse = (dto: PostDto) =>
  JSON.parse(presentPost(dto).bytes.toString('utf8')) as Record<string, unknown>;

describe('Post detail bodies', () => {
  it('writes the post with its tree, and each body says what its own request sees', () => {
    const tree = [comment('c1', '첫 댓글'), comment('c2', '둘째')];
    expect(parse(post(tree))).to.deep.include({
      viewer: { isAuthor: false, liked: false, scrapped: false, reported: false },
      likeCount: 0,
    });

    const liked = parse(post(tree, { liked: true }, 1));
    expect(liked).to.deep.include({ likeCount: 1 });
    expect(liked.viewer).to.deep.equal({ isAuthor: false, liked: true, scrapped: false, reported: false });
    expect(liked.comments).to.deep.equal(parse(post(tree)).comments);

    expect(parse(post(tree, { scrapped: true })).viewer).to.include({ scrapped: true, liked: false });
    expect(parse(post(tree)).viewer).to.include({ liked: false, scrapped: false });
    expect(parse(post(tree, { liked: true }, 1)).viewer).to.include({ liked: true });
    expect((parse(post(tree)).comments as { content: string }[]).map((c) => c.content)).to.deep.equal([
      '첫 댓글',
      '둘째',
    ]);
  });

  it('writes the tree afresh for every request', () => {
    const tree = [comment('c1', 'before')];
    const first = presentPost(post(tree)).bytes;
    tree[0]!.content = 'after';
    const second = presentPost(post(tree)).bytes;
    expect(second).not.to.equal(first);
    expect(
      (JSON.parse(second.toString('utf8')) as { comments: { content: string }[] }).comments[0]!.content,
    ).to.equal('after');
  });

  it('sends the body made for a shared tree again to a reader who sees the same post fields', () => {
    const tree = share([comment('c1', '첫 댓글')]);
    const first = presentPost({ ...post([]), comments: tree }).bytes;
    const again = presentPost({ ...post([]), comments: tree }).bytes;
    expect(again).to.equal(first);
    const liked = presentPost({ ...post([], { liked: true }, 1), comments: tree }).bytes;
    expect(liked).not.to.equal(first);
    expect(JSON.parse(liked.toString('utf8'))).to.deep.include({ likeCount: 1 });
    expect(JSON.parse(first.toString('utf8'))).to.deep.include({ likeCount: 0 });
  });

  it('puts a tree of shared and own top-level comments together as if written whole', () => {
    const sharedNode = share(comment('c1', '공유'));
    const own = { ...comment('c2', '내 댓글'), isMine: true };
    const mixed = [sharedNode, own] as CommentDto[];
    const whole = [comment('c1', '공유'), { ...comment('c2', '내 댓글'), isMine: true }];
    expect(presentPost(post(mixed)).bytes.toString('utf8')).to.equal(
      presentPost(post(whole)).bytes.toString('utf8'),
    );
  });
});
