import { expect } from 'chai';
import type { Actor, NotificationState } from '@campus/domain';
import { BoardTestBed, FIRST_PAGE } from '../board/support.js';

describe('notifications of the board: comments, replies and HOT', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  beforeEach(async () => {
    bed = new BoardTestBed(); // hot at 3 likes
    s = await bed.stage();
  });

  const post = async (actor: Actor, isAnonymous = true) =>
    (await bed.use.createPost.execute({ actor, boardId: s.boardId, title: 'T', content: 'C', isAnonymous }))
      .id;
  const comment = async (
    actor: Actor,
    postId: string,
    options: { isAnonymous?: boolean; parentId?: string } = {},
  ) => (await bed.use.createComment.execute({ actor, postId, content: 'c', ...options })).id;
  const of = async (actor: Actor): Promise<[string, string][]> =>
    (await bed.use.notified.notifications.page(actor.id, FIRST_PAGE, false)).items.map(
      (n: NotificationState) => [n.type, n.text],
    );

  it('given anonymous commenters, then the author is told each by their number, and no commenter of their own comment', async () => {
    const postId = await post(s.alice);
    await comment(s.bob, postId);
    await comment(s.carol, postId);
    await comment(s.bob, postId);
    expect(await of(s.alice)).to.deep.equal([
      ['comment', '익명1님이 댓글을 남겼습니다'],
      ['comment', '익명2님이 댓글을 남겼습니다'],
      ['comment', '익명1님이 댓글을 남겼습니다'],
    ]);
    expect(await of(s.bob)).to.deep.equal([]);
  });

  it('given the author commenting on their own post, then nobody is told', async () => {
    const postId = await post(s.alice);
    await comment(s.alice, postId);
    expect(bed.use.notified.published).to.deep.equal([]);
  });

  it('given a named comment, then the nickname names it; under a named post the author is numbered like anyone when anonymous', async () => {
    const postId = await post(s.alice, false);
    const parentId = await comment(s.bob, postId, { isAnonymous: false });
    await comment(s.alice, postId, { parentId });
    expect(await of(s.alice)).to.deep.equal([['comment', 'Bob님이 댓글을 남겼습니다']]);
    expect(await of(s.bob)).to.deep.equal([['reply', '익명1님이 답글을 남겼습니다']]);
  });

  it('given a reply to the post author’s own comment, then the author is told once, as `reply`', async () => {
    const postId = await post(s.alice);
    const parentId = await comment(s.alice, postId);
    await comment(s.carol, postId, { parentId });
    expect(await of(s.alice)).to.deep.equal([['reply', '익명1님이 답글을 남겼습니다']]);
  });

  it('given a comment refused (its post deleted), then nobody is told', async () => {
    const postId = await post(s.alice);
    await bed.use.deletePost.execute({ actor: s.alice, postId });
    await comment(s.bob, postId).catch(() => undefined);
    expect(await of(s.alice)).to.deep.equal([]);
    expect(bed.use.notified.published).to.deep.equal([]);
  });

  it('given 8 members liking at once, then the author is told once that the post is HOT', async () => {
    const postId = await post(s.alice);
    const crowd = await Promise.all(Array.from({ length: 8 }, (_, i) => bed.member(`Fan${i}`, s.schoolId)));
    await Promise.all(crowd.map((actor) => bed.use.likePost.execute({ actor, postId })));
    expect(await of(s.alice)).to.deep.equal([['hot', '내 글이 HOT 게시물이 되었습니다']]);
    expect(bed.use.notified.published.map((n) => n.type)).to.deep.equal(['hot']);
  });
});
