import { expect } from 'chai';
import {
  UserId,
  type Actor,
  type AuditEntry,
  type AuditLog,
  type Page,
  type UserRepository,
} from '@campus/domain';
import { AccountAgeEligibility, AuditTrail, RestoreContent } from '../../src/index.js';
import { BoardTestBed, FIRST_PAGE, TEST_SETTINGS, expectRejection } from '../board/support.js';

const DAY = 24 * 60 * 60 * 1000;

describe('moderation use cases', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  let postId: string;
  beforeEach(async () => {
    bed = new BoardTestBed(); // hidden at 2 reports, from accounts of any age
    s = await bed.stage();
    postId = (
      await bed.use.createPost.execute({
        actor: s.alice,
        boardId: s.boardId,
        title: 'T',
        content: 'Spam here',
      })
    ).id;
  });

  const reportPost = (actor: Actor, reason = 'spam') => bed.use.reportPost.execute({ actor, postId, reason });
  const queue = async (status?: string) =>
    (await bed.use.listReports.execute({ actor: s.admin, status, page: FIRST_PAGE })).items;
  const seenBy = (actor: Actor) => bed.use.getPost.execute({ actor, postId });

  describe('ListReports', () => {
    it('given a member, then FORBIDDEN; given a bad status, then VALIDATION_FAILED', async () => {
      await expectRejection(bed.use.listReports.execute({ actor: s.bob, page: FIRST_PAGE }), 'FORBIDDEN');
      await expectRejection(
        bed.use.listReports.execute({ actor: s.admin, status: 'closed', page: FIRST_PAGE }),
        'VALIDATION_FAILED',
      );
    });

    it('given a reported anonymous post, then admins see its counts, reasons and its author', async () => {
      await reportPost(s.bob, 'spam');
      await reportPost(s.carol, 'fraud');
      const [item] = await queue();
      expect(item).to.deep.include({
        target: { type: 'post', id: postId, postId, boardId: s.boardId, excerpt: 'Spam here' },
        hidden: true,
        reportCount: 2,
        resolution: null,
      });
      expect(item!.reasons).to.deep.include({ spam: 1, fraud: 1, abuse: 0 });
      expect(item!.author.id).to.equal(s.alice.id);
    });
  });

  describe('RestoreContent and DismissReports', () => {
    it('given a member, then FORBIDDEN, and nothing changes', async () => {
      await reportPost(s.bob);
      await reportPost(s.carol);
      for (const run of [bed.use.restoreContent, bed.use.dismissReports]) {
        await expectRejection(run.execute({ actor: s.bob, type: 'post', id: postId }), 'FORBIDDEN');
      }
      expect((await queue()).map((c) => c.reportCount)).to.deep.equal([2]);
    });

    it('given unknown or deleted targets, then POST_NOT_FOUND or COMMENT_NOT_FOUND', async () => {
      const missing = bed.ids.next();
      await expectRejection(
        bed.use.restoreContent.execute({ actor: s.admin, type: 'post', id: missing }),
        'POST_NOT_FOUND',
      );
      await expectRejection(
        bed.use.dismissReports.execute({ actor: s.admin, type: 'comment', id: missing }),
        'COMMENT_NOT_FOUND',
      );
      await bed.use.deletePost.execute({ actor: s.alice, postId });
      await expectRejection(
        bed.use.restoreContent.execute({ actor: s.admin, type: 'post', id: postId }),
        'POST_NOT_FOUND',
      );
    });

    it('given a hidden post, when restored, then it shows again, its reports no longer count, and the admin is audited', async () => {
      await reportPost(s.bob);
      await reportPost(s.carol);
      await expectRejection(seenBy(s.dave), 'POST_NOT_FOUND');
      expect(
        await bed.use.restoreContent.execute({ actor: s.admin, type: 'post', id: postId }),
      ).to.deep.equal({
        target: { type: 'post', id: postId },
        hidden: false,
        resolvedReports: 2,
      });
      await seenBy(s.dave);
      await reportPost(s.dave); // one new report: below the threshold of 2
      await seenBy(s.bob);
      const [entry] = (await bed.use.listAuditEntries.execute({ actor: s.admin, page: FIRST_PAGE })).items;
      expect(entry).to.deep.include({
        actorId: s.admin.id,
        action: 'post.restore',
        target: { type: 'post', id: postId },
        detail: { wasHidden: true, resolvedReports: 2 },
      });
    });

    it('given a hidden comment, when its reports are dismissed, then it stays hidden and the case is resolved', async () => {
      const comment = await bed.use.createComment.execute({ actor: s.bob, postId, content: 'rude' });
      await bed.use.reportComment.execute({ actor: s.alice, commentId: comment.id, reason: 'abuse' });
      await bed.use.reportComment.execute({ actor: s.carol, commentId: comment.id, reason: 'abuse' });
      const outcome = await bed.use.dismissReports.execute({
        actor: s.admin,
        type: 'comment',
        id: comment.id,
      });
      expect(outcome).to.deep.equal({
        target: { type: 'comment', id: comment.id },
        hidden: true,
        resolvedReports: 2,
      });
      expect((await seenBy(s.dave)).comments).to.deep.equal([]);
      expect(await queue()).to.deep.equal([]);
      expect((await queue('resolved')).map((c) => [c.target.id, c.resolution])).to.deep.equal([
        [comment.id, 'dismissed'],
      ]);
    });

    it('given an audit log that fails, when restoring, then the post stays hidden and its reports open', async () => {
      await reportPost(s.bob);
      await reportPost(s.carol);
      const failing: AuditLog = {
        record: () => Promise.reject(new Error('audit log down')),
        list: (): Promise<Page<AuditEntry>> => Promise.resolve({ items: [], next: null }),
      };
      const { uow, posts, comments, cases } = bed.ports;
      const restore = new RestoreContent(
        uow,
        posts,
        comments,
        cases,
        new AuditTrail(failing, bed.ids),
        bed.clock,
      );
      await restore.execute({ actor: s.admin, type: 'post', id: postId }).then(
        () => expect.fail('the restore should have failed with its audit entry'),
        (error: Error) => expect(error.message).to.equal('audit log down'),
      );
      await expectRejection(seenBy(s.dave), 'POST_NOT_FOUND');
      expect((await queue()).map((c) => c.reportCount)).to.deep.equal([2]);
    });
  });

  describe('what admins and members see of a post', () => {
    it('given reports, then admins see moderation on the post and its comments, and members never do', async () => {
      const comment = await bed.use.createComment.execute({ actor: s.bob, postId, content: 'hm' });
      await reportPost(s.bob);
      await bed.use.reportComment.execute({ actor: s.carol, commentId: comment.id, reason: 'abuse' });
      const admin = await seenBy(s.admin);
      expect(admin.moderation).to.deep.equal({ hidden: false, reportCount: 1 });
      expect(admin.comments[0]!.moderation).to.deep.equal({ hidden: false, reportCount: 1 });
      for (const member of [s.alice, s.bob, s.carol]) {
        const post = await seenBy(member);
        expect(post).to.not.have.property('moderation');
        expect(post.comments[0]).to.not.have.property('moderation');
        const listed = await bed.use.listComments.execute({ actor: member, postId });
        expect(listed[0]).to.not.have.property('moderation');
      }
    });
  });

  describe('reports from new accounts', () => {
    it('given accounts younger than the minimum age, when they report, then their reports are queued but hide nothing', async () => {
      bed = new BoardTestBed(TEST_SETTINGS, { reportMinAccountAgeMs: DAY });
      s = await bed.stage();
      postId = (
        await bed.use.createPost.execute({ actor: s.alice, boardId: s.boardId, title: 'T', content: 'C' })
      ).id;
      await reportPost(s.bob);
      await reportPost(s.carol);
      await seenBy(s.dave);
      expect((await queue()).map((c) => [c.reportCount, c.hidden])).to.deep.equal([[2, false]]);
      bed.clock.current = new Date(bed.clock.current.getTime() + DAY);
      await reportPost(s.dave); // old enough now: one counting report of 2
      await seenBy(s.alice);
      await reportPost(await bed.member('Erin', s.schoolId)); // new again: still one
      await seenBy(s.alice);
    });
  });

  describe('AccountAgeEligibility', () => {
    it('given the minimum age, then an account counts from exactly that age, and not a missing one', async () => {
      const member = await bed.member('Fay', s.schoolId);
      const joined = (await bed.users.findById(member.id))!.joinedAt.getTime();
      const rule = new AccountAgeEligibility(bed.users, { reportMinAccountAgeMs: DAY });
      expect(await rule.counts(member.id, new Date(joined + DAY - 1))).to.equal(false);
      expect(await rule.counts(member.id, new Date(joined + DAY))).to.equal(true);
      expect(await rule.counts(UserId(bed.ids.next()), new Date(joined + 2 * DAY))).to.equal(false);
    });

    it('given verification required, then only verified accounts (and admins) count, whatever their age', async () => {
      const member = await bed.member('Gus', s.schoolId);
      const user = (await bed.users.findById(member.id))!;
      const later = new Date(user.joinedAt.getTime() + 2 * DAY);
      const rule = new AccountAgeEligibility(bed.users, { reportMinAccountAgeMs: DAY }, { required: true });
      expect(await rule.counts(member.id, later)).to.equal(false);
      user.verifyEmail('gus@example.ac.kr', later);
      await bed.users.save(user);
      expect(await rule.counts(member.id, later)).to.equal(true);
      expect(await rule.counts(member.id, new Date(user.joinedAt.getTime() + DAY - 1))).to.equal(false);
      const ageless = new AccountAgeEligibility(bed.users, { reportMinAccountAgeMs: 0 }, { required: true });
      const unverified = await bed.member('Hal', s.schoolId);
      expect(await ageless.counts(unverified.id, later)).to.equal(false);
    });

    it('given no minimum age, then every report counts and no account is read', async () => {
      const rule = new AccountAgeEligibility(
        { findById: () => Promise.reject(new Error('read')) } as Partial<UserRepository> as UserRepository,
        { reportMinAccountAgeMs: 0 },
      );
      expect(await rule.counts(s.bob.id, new Date(0))).to.equal(true);
    });
  });
});
