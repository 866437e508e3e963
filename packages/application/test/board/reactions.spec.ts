import { expect } from 'chai';
import type { Actor } from '@campus/domain';
import { BoardTestBed, FIRST_PAGE, expectRejection } from './support.js';

describe('board use cases: likes, scraps and reports', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  let postId: string;
  beforeEach(async () => {
    bed = new BoardTestBed(); // hot at 3 likes, hidden at 2 reports
    s = await bed.stage();
    postId = (
      await bed.use.createPost.execute({ actor: s.alice, boardId: s.boardId, title: 'T', content: 'C' })
    ).id;
  });

  const like = (actor: Actor) => bed.use.likePost.execute({ actor, postId });
  const hot = async () =>
    (await bed.use.listHotPosts.execute({ actor: s.alice, schoolId: s.schoolId, page: FIRST_PAGE })).items;

  describe('LikePost', () => {
    it('given two members, when they like, then the count rises and the viewer sees liked', async () => {
      expect(await like(s.bob)).to.deep.equal({ likeCount: 1 });
      expect(await like(s.carol)).to.deep.equal({ likeCount: 2 });
      expect((await bed.use.getPost.execute({ actor: s.bob, postId })).viewer.liked).to.equal(true);
      expect((await bed.use.getPost.execute({ actor: s.dave, postId })).viewer.liked).to.equal(false);
    });

    it('given the author, when liking their own post, then CANNOT_LIKE_OWN', async () => {
      await expectRejection(like(s.alice), 'CANNOT_LIKE_OWN');
    });

    it('given a like, when the same member likes again, then ALREADY_LIKED and the count stays', async () => {
      await like(s.bob);
      await expectRejection(like(s.bob), 'ALREADY_LIKED');
      expect((await bed.use.getPost.execute({ actor: s.bob, postId })).likeCount).to.equal(1);
    });

    it('given 8 concurrent likes by one member, then one counts and seven are ALREADY_LIKED', async () => {
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => like(s.bob)));
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      expect((await bed.use.getPost.execute({ actor: s.bob, postId })).likeCount).to.equal(1);
    });

    it('given 8 members liking at once, then all 8 count and the post turns HOT exactly once', async () => {
      const crowd = await Promise.all(Array.from({ length: 8 }, (_, i) => bed.member(`Fan${i}`, s.schoolId)));
      const results = await Promise.all(crowd.map((actor) => like(actor)));
      expect(results.map((r) => r.likeCount).sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect((await hot()).map((p) => p.likeCount)).to.deep.equal([8]);
    });

    it('given the HOT threshold, when the last like reaches it, then the post is HOT and listed', async () => {
      await like(s.bob);
      await like(s.carol);
      expect(await hot()).to.deep.equal([]);
      await like(s.dave);
      const [item] = await hot();
      expect(item).to.deep.include({ id: postId, isHot: true, likeCount: 3 });
      expect((await bed.use.getPost.execute({ actor: s.bob, postId })).isHot).to.equal(true);
    });

    it('given HOT posts, when listed, then the most recently HOT comes first', async () => {
      const second = (
        await bed.use.createPost.execute({ actor: s.alice, boardId: s.boardId, title: 'T', content: 'C' })
      ).id;
      for (const actor of [s.bob, s.carol, s.dave]) await bed.use.likePost.execute({ actor, postId: second });
      for (const actor of [s.bob, s.carol, s.dave]) await like(actor);
      expect((await hot()).map((p) => p.id)).to.deep.equal([postId, second]);
    });
  });

  describe('ScrapPost and UnscrapPost', () => {
    it('given a scrap, when repeated, then it counts once; unscrapping twice drops it once', async () => {
      expect(await bed.use.scrapPost.execute({ actor: s.bob, postId })).to.deep.equal({ scrapCount: 1 });
      expect(await bed.use.scrapPost.execute({ actor: s.bob, postId })).to.deep.equal({ scrapCount: 1 });
      expect((await bed.use.getPost.execute({ actor: s.bob, postId })).viewer.scrapped).to.equal(true);
      expect(await bed.use.unscrapPost.execute({ actor: s.bob, postId })).to.deep.equal({ scrapCount: 0 });
      expect(await bed.use.unscrapPost.execute({ actor: s.bob, postId })).to.deep.equal({ scrapCount: 0 });
    });

    it('given the author, when scrapping or unscrapping, then CANNOT_SCRAP_OWN', async () => {
      await expectRejection(bed.use.scrapPost.execute({ actor: s.alice, postId }), 'CANNOT_SCRAP_OWN');
      await expectRejection(bed.use.unscrapPost.execute({ actor: s.alice, postId }), 'CANNOT_SCRAP_OWN');
    });

    it('given scraps, when listing my scraps, then the scrapped posts, most recent scrap first', async () => {
      const older = (
        await bed.use.createPost.execute({ actor: s.alice, boardId: s.boardId, title: 'T', content: 'C' })
      ).id;
      await bed.use.scrapPost.execute({ actor: s.bob, postId });
      await bed.use.scrapPost.execute({ actor: s.bob, postId: older });
      const page = await bed.use.listMyScraps.execute({ actor: s.bob, page: FIRST_PAGE });
      expect(page.items.map((p) => p.id)).to.deep.equal([older, postId]);
    });
  });

  describe('ReportPost', () => {
    it('given a report, then 201-style { reported: true } and the viewer sees reported', async () => {
      expect(await bed.use.reportPost.execute({ actor: s.bob, postId, reason: 'spam' })).to.deep.equal({
        reported: true,
      });
      expect((await bed.use.getPost.execute({ actor: s.bob, postId })).viewer.reported).to.equal(true);
    });

    it('given an unknown reason, own post or a second report, then VALIDATION_FAILED, CANNOT_REPORT_OWN, ALREADY_REPORTED', async () => {
      await expectRejection(
        bed.use.reportPost.execute({ actor: s.bob, postId, reason: 'boring' }),
        'VALIDATION_FAILED',
      );
      await expectRejection(
        bed.use.reportPost.execute({ actor: s.alice, postId, reason: 'spam' }),
        'CANNOT_REPORT_OWN',
      );
      await bed.use.reportPost.execute({ actor: s.bob, postId, reason: 'spam' });
      await expectRejection(
        bed.use.reportPost.execute({ actor: s.bob, postId, reason: 'abuse' }),
        'ALREADY_REPORTED',
      );
    });

    it('given the report threshold, when reached, then the post is hidden from everyone but admins', async () => {
      await bed.use.reportPost.execute({ actor: s.bob, postId, reason: 'spam' });
      expect((await bed.use.getPost.execute({ actor: s.dave, postId })).id).to.equal(postId);
      await bed.use.reportPost.execute({ actor: s.carol, postId, reason: 'abuse' });
      for (const actor of [s.alice, s.dave]) {
        await expectRejection(bed.use.getPost.execute({ actor, postId }), 'POST_NOT_FOUND');
      }
      await expectRejection(like(s.dave), 'POST_NOT_FOUND');
      expect((await bed.use.getPost.execute({ actor: s.admin, postId })).id).to.equal(postId);
      const list = (actor: Actor) =>
        bed.use.listBoardPosts.execute({ actor, boardId: s.boardId, page: FIRST_PAGE });
      expect((await list(s.dave)).items).to.deep.equal([]);
      expect((await list(s.admin)).items.map((p) => p.id)).to.deep.equal([postId]);
      expect((await bed.use.listMyPosts.execute({ actor: s.alice, page: FIRST_PAGE })).items).to.deep.equal(
        [],
      );
    });
  });

  describe('LikeComment and ReportComment', () => {
    let commentId: string;
    beforeEach(async () => {
      commentId = (await bed.use.createComment.execute({ actor: s.bob, postId, content: 'Hi' })).id;
    });

    it('given a comment, when liked by others, then the count rises; own or twice is refused', async () => {
      expect(await bed.use.likeComment.execute({ actor: s.alice, commentId })).to.deep.equal({
        likeCount: 1,
      });
      await expectRejection(bed.use.likeComment.execute({ actor: s.alice, commentId }), 'ALREADY_LIKED');
      await expectRejection(bed.use.likeComment.execute({ actor: s.bob, commentId }), 'CANNOT_LIKE_OWN');
      const [listed] = await bed.use.listComments.execute({ actor: s.carol, postId });
      expect(listed!.likeCount).to.equal(1);
    });

    it('given the report threshold, when a comment reaches it, then it is hidden and leaves commentCount', async () => {
      await expectRejection(
        bed.use.reportComment.execute({ actor: s.bob, commentId, reason: 'spam' }),
        'CANNOT_REPORT_OWN',
      );
      await bed.use.reportComment.execute({ actor: s.alice, commentId, reason: 'spam' });
      await expectRejection(
        bed.use.reportComment.execute({ actor: s.alice, commentId, reason: 'spam' }),
        'ALREADY_REPORTED',
      );
      await bed.use.reportComment.execute({ actor: s.carol, commentId, reason: 'abuse' });
      const post = await bed.use.getPost.execute({ actor: s.dave, postId });
      expect(post.comments).to.deep.equal([]);
      expect(post.commentCount).to.equal(0);
      await expectRejection(bed.use.likeComment.execute({ actor: s.dave, commentId }), 'COMMENT_NOT_FOUND');
      const asAdmin = await bed.use.listComments.execute({ actor: s.admin, postId });
      expect(asAdmin.map((c) => c.content)).to.deep.equal(['Hi']);
    });
  });
});
