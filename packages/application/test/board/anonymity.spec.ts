import { expect } from 'chai';
import type { Actor } from '@campus/domain';
import type { CommentTreeDto } from '../../src/index.js';
import { BoardTestBed, FIRST_PAGE } from './support.js';

describe('board use cases: anonymity', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  beforeEach(async () => {
    bed = new BoardTestBed();
    s = await bed.stage();
  });

  const post = (actor: Actor, isAnonymous = true) =>
    bed.use.createPost.execute({
      actor,
      boardId: s.boardId,
      title: 'Title',
      content: 'Content',
      isAnonymous,
    });
  const say = (actor: Actor, postId: string, extra: { isAnonymous?: boolean; parentId?: string } = {}) =>
    bed.use.createComment.execute({ actor, postId, content: 'hi', ...extra });
  const flatten = (tree: CommentTreeDto) => tree.flatMap((c) => [c, ...(c.replies ?? [])]);
  const names = async (postId: string) =>
    flatten(await bed.use.listComments.execute({ actor: s.dave, postId })).map(
      (c) => c.author?.displayName ?? null,
    );

  it('given anonymous commenters, when listed, then 익명N by first anonymous comment, 익명(글쓴이) for the author', async () => {
    const { id } = await post(s.alice);
    const b1 = await say(s.bob, id);
    await say(s.carol, id);
    const a1 = await say(s.alice, id);
    await say(s.bob, id, { parentId: b1.id });
    await say(s.dave, id, { isAnonymous: false });
    await say(s.alice, id, { isAnonymous: false });
    const tree = flatten(await bed.use.listComments.execute({ actor: s.dave, postId: id }));
    expect(tree.map((c) => c.author)).to.deep.equal([
      { id: null, displayName: '익명1', isAnonymous: true, isPostAuthor: false },
      { id: null, displayName: '익명1', isAnonymous: true, isPostAuthor: false },
      { id: null, displayName: '익명2', isAnonymous: true, isPostAuthor: false },
      { id: null, displayName: '익명(글쓴이)', isAnonymous: true, isPostAuthor: true },
      { id: s.dave.id, displayName: 'Dave', isAnonymous: false, isPostAuthor: false },
      // A named comment under an anonymous post never says it is the post's author.
      { id: s.alice.id, displayName: 'Alice', isAnonymous: false, isPostAuthor: false },
    ]);
    expect(a1.isMine).to.equal(true);
    expect(tree.filter((c) => c.isMine).length).to.equal(1); // dave viewing: only his own
  });

  it('given a commenter who deletes all their comments, then nobody else is renumbered and newcomers continue', async () => {
    const { id } = await post(s.alice);
    const b1 = await say(s.bob, id);
    await say(s.carol, id);
    await bed.use.deleteComment.execute({ actor: s.bob, commentId: b1.id });
    const newcomer = await say(s.dave, id);
    expect(newcomer.author?.displayName).to.equal('익명3');
    expect(await names(id)).to.deep.equal(['익명2', '익명3']);
    expect((await say(s.bob, id)).author?.displayName).to.equal('익명1');
  });

  it('given a named comment first, when the same member later comments anonymously, then the number is taken then', async () => {
    const { id } = await post(s.alice);
    await say(s.bob, id, { isAnonymous: false });
    await say(s.carol, id);
    expect((await say(s.bob, id)).author?.displayName).to.equal('익명2');
  });

  it('given numbers per post, when the same member comments on two posts, then each post counts from 1', async () => {
    const [one, two] = [(await post(s.alice)).id, (await post(s.alice)).id];
    await say(s.bob, one);
    expect((await say(s.carol, two)).author?.displayName).to.equal('익명1');
  });

  it('given a named post, when its author comments by name, then isPostAuthor; anonymously, then a plain number', async () => {
    const { id } = await post(s.alice, false);
    const named = await say(s.alice, id, { isAnonymous: false });
    expect(named.author).to.deep.equal({
      id: s.alice.id,
      displayName: 'Alice',
      isAnonymous: false,
      isPostAuthor: true,
    });
    await say(s.bob, id);
    const anonymous = await say(s.alice, id);
    expect(anonymous.author).to.deep.equal({
      id: null,
      displayName: '익명2',
      isAnonymous: true,
      isPostAuthor: false,
    });
  });

  it('given an anonymous thread, when every output is read by everyone, then no user id, nickname or username of an author appears', async () => {
    const { alice, bob, carol, dave, admin } = s;
    const outputs: unknown[] = [];
    const created = await post(alice);
    const id = created.id;
    outputs.push(created);
    const b1 = await say(bob, id);
    outputs.push(b1, await say(carol, id), await say(alice, id), await say(alice, id, { parentId: b1.id }));
    outputs.push(await say(bob, id, { parentId: b1.id }));
    outputs.push(await bed.use.updateComment.execute({ actor: bob, commentId: b1.id, content: 'edited' }));
    for (const actor of [bob, carol, dave]) await bed.use.likePost.execute({ actor, postId: id }); // HOT and BEST
    await bed.use.scrapPost.execute({ actor: dave, postId: id });
    await bed.use.reportPost.execute({ actor: dave, postId: id, reason: 'spam' });
    await bed.use.deleteComment.execute({ actor: bob, commentId: b1.id }); // a placeholder with replies
    const lists: Record<string, { items: unknown[] }> = {};
    const viewers = Object.entries({ alice, bob, carol, dave, admin });
    for (const [who, actor] of viewers) {
      const page = { actor, page: FIRST_PAGE };
      outputs.push(
        await bed.use.getPost.execute({ actor, postId: id }),
        await bed.use.listComments.execute({ actor, postId: id }),
      );
      Object.assign(lists, {
        [`board ${who}`]: await bed.use.listBoardPosts.execute({ ...page, boardId: s.boardId }),
        [`search ${who}`]: await bed.use.searchSchoolPosts.execute({
          ...page,
          schoolId: s.schoolId,
          q: 'title',
        }),
        [`hot ${who}`]: await bed.use.listHotPosts.execute({ ...page, schoolId: s.schoolId }),
        [`best ${who}`]: await bed.use.listBestPosts.execute({ ...page, schoolId: s.schoolId }),
        [`mine ${who}`]: await bed.use.listMyPosts.execute(page),
        [`commented ${who}`]: await bed.use.listMyCommented.execute(page),
        [`scraps ${who}`]: await bed.use.listMyScraps.execute(page),
      });
    }
    outputs.push(lists);
    // The scan covers non-empty lists of every kind.
    for (const key of ['board', 'search', 'hot', 'best', 'scraps'].map((k) => `${k} dave`)) {
      expect(lists[key]!.items, key).to.have.length(1);
    }
    expect(lists['mine alice']!.items).to.have.length(1);
    expect(lists['commented bob']!.items).to.have.length(1);
    const text = JSON.stringify(outputs);
    expect(text).to.contain('익명(글쓴이)').and.to.contain('익명1').and.to.contain('익명2');
    expect(text).to.contain('"isDeleted":true');
    for (const actor of [alice, bob, carol]) {
      const user = bed.users.rows.get(actor.id)!;
      expect(text).not.to.contain(actor.id);
      expect(text).not.to.contain(`"${user.nickname}"`);
      expect(text).not.to.contain(user.username);
    }
  });
});
