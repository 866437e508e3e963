import { expect } from 'chai';
import { FIRST_PAGE, expectRejection } from '../board/support.js';
import { BlockingBed } from './support.js';

describe('blocking: what a block hides, and only that', () => {
  let bed: BlockingBed;
  let s: Awaited<ReturnType<BlockingBed['stage']>>;

  beforeEach(async () => {
    bed = new BlockingBed();
    s = await bed.stage();
  });

  describe('a username block', () => {
    it('given Alice writes named and anonymous posts, when Bob blocks her by username, then only her named posts disappear from his board', async () => {
      await bed.post(s.alice, s.boardId, false, 'named');
      await bed.post(s.alice, s.boardId, true, 'anonymous');
      await bed.post(s.carol, s.boardId, false, 'carol');
      await bed.block.user.execute({ actor: s.bob, username: 'user_1' });
      expect(await bed.boardTitles(s.bob, s.boardId)).to.deep.equal(['carol', 'anonymous']);
      expect(await bed.boardTitles(s.carol, s.boardId)).to.deep.equal(['carol', 'anonymous', 'named']);
    });

    it('given Alice comments named and anonymously in a thread, when Bob blocked her by username, then only the named comment disappears', async () => {
      const postId = await bed.post(s.carol, s.boardId);
      const named = await bed.comment(s.alice, postId, false);
      const anonymous = await bed.comment(s.alice, postId, true);
      await bed.block.user.execute({ actor: s.bob, username: 'user_1' });
      expect((await bed.thread(s.bob, postId)).map((c) => c.id)).to.deep.equal([anonymous]);
      expect((await bed.thread(s.carol, postId)).map((c) => c.id)).to.deep.equal([named, anonymous]);
    });

    it('given a blocked named comment with a live reply, then it stays as { isBlocked: true, content: null, author: null } and the reply shows', async () => {
      const postId = await bed.post(s.carol, s.boardId);
      const parent = await bed.comment(s.alice, postId, false);
      const reply = await bed.comment(s.dave, postId, true, parent);
      await bed.block.post.execute({ actor: s.bob, postId: await bed.post(s.alice, s.boardId, false) });
      const [top] = await bed.use.listComments.execute({ actor: s.bob, postId });
      expect(top).to.deep.include({
        id: parent,
        isBlocked: true,
        isDeleted: false,
        content: null,
        author: null,
      });
      expect(top!.replies!.map((r) => r.id)).to.deep.equal([reply]);
    });

    it('given Bob blocked Alice by username, then her named post is gone from HOT, search, his scraps and its own page (404)', async () => {
      const postId = await bed.post(s.alice, s.boardId, false, 'findme named');
      await bed.use.scrapPost.execute({ actor: s.bob, postId });
      for (const liker of [s.carol, s.dave, s.admin])
        await bed.use.likePost.execute({ actor: liker, postId });
      const hot = (viewer: typeof s.bob) =>
        bed.use.listHotPosts.execute({ actor: viewer, schoolId: s.schoolId, page: FIRST_PAGE });
      expect((await hot(s.bob)).items.map((p) => p.id)).to.deep.equal([postId]);
      await bed.block.user.execute({ actor: s.bob, username: 'user_1' });
      expect((await hot(s.bob)).items).to.deep.equal([]);
      expect((await hot(s.carol)).items.map((p) => p.id)).to.deep.equal([postId]);
      const search = await bed.use.searchSchoolPosts.execute({
        actor: s.bob,
        schoolId: s.schoolId,
        q: 'findme',
        page: FIRST_PAGE,
      });
      expect(search.items).to.deep.equal([]);
      expect((await bed.use.listMyScraps.execute({ actor: s.bob, page: FIRST_PAGE })).items).to.deep.equal(
        [],
      );
      await expectRejection(bed.use.getPost.execute({ actor: s.bob, postId }), 'POST_NOT_FOUND');
      expect((await bed.use.getPost.execute({ actor: s.carol, postId })).id).to.equal(postId);
    });
  });

  describe('a block from anonymous content', () => {
    it('given Alice wrote three anonymous posts and one named one, when Bob blocks one anonymous post, then that post alone disappears', async () => {
      await bed.post(s.alice, s.boardId, true, 'anon 1');
      const blocked = await bed.post(s.alice, s.boardId, true, 'anon 2');
      await bed.post(s.alice, s.boardId, true, 'anon 3');
      await bed.post(s.alice, s.boardId, false, 'named');
      const block = await bed.block.post.execute({ actor: s.bob, postId: blocked });
      expect(block.label).to.equal('익명');
      expect(await bed.boardTitles(s.bob, s.boardId)).to.deep.equal(['named', 'anon 3', 'anon 1']);
    });

    it('given Alice comments anonymously in two threads and named in one, when Bob blocks her 익명 comment in one thread, then only her anonymous comments there disappear', async () => {
      const here = await bed.post(s.carol, s.boardId);
      const there = await bed.post(s.carol, s.boardId);
      await bed.comment(s.dave, here);
      const first = await bed.comment(s.alice, here);
      const second = await bed.comment(s.alice, here);
      const namedHere = await bed.comment(s.alice, here, false);
      const elsewhere = await bed.comment(s.alice, there);
      const block = await bed.block.comment.execute({ actor: s.bob, commentId: first });
      expect(block.label).to.equal('익명2');
      const shown = (await bed.thread(s.bob, here)).map((c) => c.id);
      expect(shown).to.not.include.members([first, second]);
      expect(shown).to.include(namedHere);
      expect((await bed.thread(s.bob, there)).map((c) => c.id)).to.deep.equal([elsewhere]);
      expect(await bed.boardTitles(s.bob, s.boardId)).to.have.length(2);
    });

    it('given the anonymous post author comments in their thread, when Bob blocks that comment, then its label is 익명(글쓴이) and the post stays', async () => {
      const postId = await bed.post(s.alice, s.boardId);
      const own = await bed.comment(s.alice, postId);
      const block = await bed.block.comment.execute({ actor: s.bob, commentId: own });
      expect(block.label).to.equal('익명(글쓴이)');
      expect((await bed.use.getPost.execute({ actor: s.bob, postId })).comments).to.deep.equal([]);
    });

    it('given a named post, when Bob blocks it, then it is a block of its author labelled by nickname, and her anonymous posts stay', async () => {
      const named = await bed.post(s.alice, s.boardId, false, 'named');
      await bed.post(s.alice, s.boardId, true, 'anon');
      const block = await bed.block.post.execute({ actor: s.bob, postId: named });
      expect(block.label).to.equal('Alice');
      expect(await bed.boardTitles(s.bob, s.boardId)).to.deep.equal(['anon']);
      await expectRejection(bed.block.user.execute({ actor: s.bob, username: 'user_1' }), 'ALREADY_BLOCKED');
    });
  });

  describe('a block lets nobody learn who wrote what', () => {
    it('given Bob blocked Alice by username, when he blocks her anonymous post, then it is a new target (201), not ALREADY_BLOCKED', async () => {
      const anonymous = await bed.post(s.alice, s.boardId);
      await bed.block.user.execute({ actor: s.bob, username: 'user_1' });
      const block = await bed.block.post.execute({ actor: s.bob, postId: anonymous });
      expect(block.label).to.equal('익명');
    });

    it('given two anonymous posts of one author, when Bob blocks both, then both are 201; the same post twice is ALREADY_BLOCKED', async () => {
      const [one, two] = [await bed.post(s.alice, s.boardId), await bed.post(s.alice, s.boardId)];
      await bed.block.post.execute({ actor: s.bob, postId: one });
      await bed.block.post.execute({ actor: s.bob, postId: two });
      await expectRejection(bed.block.post.execute({ actor: s.bob, postId: one }), 'ALREADY_BLOCKED');
    });

    it('given my own anonymous post or comment, or my username, when I block it, then CANNOT_BLOCK_SELF', async () => {
      const postId = await bed.post(s.alice, s.boardId);
      const commentId = await bed.comment(s.alice, postId);
      await expectRejection(bed.block.post.execute({ actor: s.alice, postId }), 'CANNOT_BLOCK_SELF');
      await expectRejection(bed.block.comment.execute({ actor: s.alice, commentId }), 'CANNOT_BLOCK_SELF');
      await expectRejection(
        bed.block.user.execute({ actor: s.alice, username: 'user_1' }),
        'CANNOT_BLOCK_SELF',
      );
    });

    it('given Bob blocked one anonymous post, then what Carol and Alice see is unchanged', async () => {
      const postId = await bed.post(s.alice, s.boardId);
      await bed.post(s.dave, s.boardId, false);
      const before = [await bed.boardTitles(s.carol, s.boardId), await bed.boardTitles(s.alice, s.boardId)];
      await bed.block.post.execute({ actor: s.bob, postId });
      expect([
        await bed.boardTitles(s.carol, s.boardId),
        await bed.boardTitles(s.alice, s.boardId),
      ]).to.deep.equal(before);
    });
  });

  describe('my blocks', () => {
    it('given blocks from anonymous content and by username, then GET /me/blocks lists labels only, newest first, and pages', async () => {
      const postId = await bed.post(s.alice, s.boardId);
      await bed.block.post.execute({ actor: s.bob, postId });
      await bed.block.user.execute({ actor: s.bob, username: 'user_3' });
      const first = await bed.block.list.execute({ actor: s.bob, page: { limit: 1, after: null } });
      expect(first.items.map((b) => Object.keys(b).sort())).to.deep.equal([['createdAt', 'id', 'label']]);
      expect(first.items.map((b) => b.label)).to.deep.equal(['Carol']);
      const second = await bed.block.list.execute({ actor: s.bob, page: { limit: 1, after: first.next } });
      expect(second.items.map((b) => b.label)).to.deep.equal(['익명']);
      expect(second.next).to.equal(null);
    });

    it('given a block, when its blocker undoes it, then the post shows again; another member undoing it gets BLOCK_NOT_FOUND', async () => {
      const postId = await bed.post(s.alice, s.boardId, true, 'back');
      const block = await bed.block.post.execute({ actor: s.bob, postId });
      await expectRejection(
        bed.block.unblock.execute({ actor: s.carol, blockId: block.id }),
        'BLOCK_NOT_FOUND',
      );
      await bed.block.unblock.execute({ actor: s.bob, blockId: block.id });
      expect(await bed.boardTitles(s.bob, s.boardId)).to.deep.equal(['back']);
      await expectRejection(
        bed.block.unblock.execute({ actor: s.bob, blockId: block.id }),
        'BLOCK_NOT_FOUND',
      );
    });

    it('given an unknown username, post or comment, then USER_NOT_FOUND, POST_NOT_FOUND, COMMENT_NOT_FOUND', async () => {
      const missing = '0190a000-0000-7000-8000-0000000fffff';
      await expectRejection(
        bed.block.user.execute({ actor: s.bob, username: 'nobody_here' }),
        'USER_NOT_FOUND',
      );
      await expectRejection(bed.block.post.execute({ actor: s.bob, postId: missing }), 'POST_NOT_FOUND');
      await expectRejection(
        bed.block.comment.execute({ actor: s.bob, commentId: missing }),
        'COMMENT_NOT_FOUND',
      );
    });
  });
});
